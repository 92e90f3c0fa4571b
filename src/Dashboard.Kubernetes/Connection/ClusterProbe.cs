using k8s;

namespace Dashboard.Kubernetes.Connection;

/// <summary>Asks the API server for /version: the cheapest call that proves it is reachable and we are authenticated.</summary>
public static class ClusterProbe
{
    public static async Task<string?> TryReachAsync(ClusterConnection connection, TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        cts.CancelAfter(timeout);
        try
        {
            using var client = connection.CreateClient();
            await client.Version.GetCodeAsync(cts.Token);
            return null;
        }
        catch (Exception ex) when (ex is HttpRequestException or OperationCanceledException or k8s.Autorest.HttpOperationException)
        {
            return ex is OperationCanceledException ? $"no answer within {timeout.TotalSeconds:0} s" : ex.Message;
        }
    }
}
