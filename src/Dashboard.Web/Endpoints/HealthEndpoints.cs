namespace Dashboard.Web.Endpoints;

/// <summary>Anonymous probes that reveal nothing but up/ready.</summary>
public static class HealthEndpoints
{
    public static IEndpointRouteBuilder MapHealthEndpoints(this IEndpointRouteBuilder endpoints)
    {
        // Alive means the process serves HTTP; nothing else is checked so a slow cluster never restarts us.
        endpoints.MapGet("/healthz", () => Results.Text("ok")).ExcludeFromDescription();

        endpoints.MapGet("/readyz", async (ReadinessProbe probe, CancellationToken cancellationToken) =>
        {
            var problems = await probe.FindProblemsAsync(cancellationToken);
            return problems.Count == 0
                ? Results.Text("ready")
                : Results.Text("not ready: " + string.Join(", ", problems), statusCode: StatusCodes.Status503ServiceUnavailable);
        }).ExcludeFromDescription();

        return endpoints;
    }
}
