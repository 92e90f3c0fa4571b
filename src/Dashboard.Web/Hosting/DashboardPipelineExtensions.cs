using Dashboard.Web.Authentication;
using Dashboard.Web.Components;
using Dashboard.Web.Endpoints;
using Dashboard.Web.Hubs;
using Dashboard.Web.Metrics;
using Dashboard.Web.Security;

namespace Dashboard.Web.Hosting;

public static class DashboardPipelineExtensions
{
    public static WebApplication UseDashboardPipeline(this WebApplication app)
    {
        app.UseDashboardAuthentication();
        app.UseApiRequestForgeryProtection();
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/error", createScopeForErrors: true);
        }

        app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
        app.UseAntiforgery();
        app.MapHealthEndpoints();
        app.MapStatusApi();
        app.MapStatusHub();
        app.MapMetrics();
        app.MapStatusPage();
        app.MapActionEndpoints();
        app.MapNotificationEndpoints();
        app.MapGitHubWebhook();
        app.MapStaticAssets();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        return app;
    }
}
