namespace Dashboard.Web.Hosting;

/// <summary>Builds the web app; Program.cs stays a few lines (Aspire style).</summary>
public static class DashboardApplication
{
    public static WebApplicationBuilder CreateBuilder(string[] args)
    {
        // The app's own folder, not the working directory: a published app started elsewhere would
        // otherwise serve empty static files and put a relative SQLite path in the wrong place.
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = SandboxFlag.Normalize(args),
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.AddDashboardServices();
        return builder;
    }

    public static void UseDashboard(this WebApplication app) => app.UseDashboardPipeline();
}
