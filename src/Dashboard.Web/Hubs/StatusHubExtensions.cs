using System.Text.Json.Serialization;
using Dashboard.Web.Authentication.ApiTokens;

namespace Dashboard.Web.Hubs;

public static class StatusHubExtensions
{
    public static IServiceCollection AddStatusHub(this IServiceCollection services)
    {
        // The same JSON as /api/status: camelCase, enums as strings, no nulls.
        services.AddSignalR().AddJsonProtocol(o =>
        {
            o.PayloadSerializerOptions.Converters.Add(new JsonStringEnumConverter());
            o.PayloadSerializerOptions.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
        });
        services.AddSingleton<StatusHubFeeds>();
        return services;
    }

    public static IEndpointRouteBuilder MapStatusHub(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHub<StatusHub>(ApiTokenRequest.HubPath, o => o.CloseOnAuthenticationExpiration = true);
        return endpoints;
    }
}
