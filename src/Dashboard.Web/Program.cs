using Dashboard.Web.Hosting;

if (HealthCheckCommand.IsRequested(args))
{
    return await HealthCheckCommand.RunAsync();
}

try
{
    var app = DashboardApplication.CreateBuilder(args).Build();
    app.UseDashboard();
    await app.RunAsync();
    return 0;
}
catch (Exception ex) when (StartupFailure.Find(ex) is { } failure)
{
    StartupFailure.Report(failure);
    return 2;
}

/// <summary>Entry point; public so integration tests can start the real app.</summary>
public partial class Program;
