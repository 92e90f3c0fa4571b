using Dashboard.Core;

namespace Dashboard.Web.Hosting;

/// <summary>Finds a <see cref="StartupException"/> however the host wrapped it, and prints it for a person.</summary>
public static class StartupFailure
{
    public static StartupException? Find(Exception ex) => ex switch
    {
        StartupException startup => startup,
        AggregateException aggregate => aggregate.InnerExceptions.Select(Find).FirstOrDefault(e => e is not null),
        { InnerException: { } inner } => Find(inner),
        _ => null,
    };

    public static void Report(StartupException ex)
    {
        Console.Error.WriteLine("Dashboard cannot start.");
        Console.Error.WriteLine(ex.Message);
    }
}
