namespace Dashboard.Web.Authentication;

/// <summary>
/// When the OpenID provider's metadata cannot be fetched (provider down, wrong Authority), a sign-in answers 503 with
/// a page that says which provider, instead of an unhandled exception. The handler retries on the next request.
/// </summary>
internal static class ProviderUnreachablePage
{
    public static async Task HandleAsync(HttpContext context, RequestDelegate next)
    {
        try
        {
            await next(context);
        }
        catch (InvalidOperationException ex) when (ex.Message.Contains("IDX20803", StringComparison.Ordinal) && !context.Response.HasStarted)
        {
            var logger = context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(ProviderUnreachablePage));
            logger.LogWarning("Cannot reach the OpenID provider for a sign-in: {Error}", ex.InnerException?.Message ?? ex.Message);
            context.Response.Clear();
            await AuthPages.Render("Sign-in unavailable", """
                <p data-testid="provider-unreachable">The login provider (Dashboard:Auth:OpenIdConnect:Authority) cannot be reached right now.
                Try again in a moment.</p><p><a class="button" href="/auth/login">Try again</a></p>
                """, StatusCodes.Status503ServiceUnavailable).ExecuteAsync(context);
        }
    }
}
