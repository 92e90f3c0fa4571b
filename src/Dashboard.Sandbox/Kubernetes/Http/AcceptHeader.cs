namespace Dashboard.Sandbox.Kubernetes.Http;

/// <summary>What a client's Accept asks for: server-side Table output, or only aggregated discovery.</summary>
internal static class AcceptHeader
{
    public static bool WantsTable(string? accept) =>
        accept is not null && accept.Contains("as=Table", StringComparison.Ordinal);

    /// <summary>True when every media range is aggregated discovery (the 1.26 server answers 406 then; with a fallback it serves the legacy list).</summary>
    public static bool OnlyAggregatedDiscovery(string? accept)
    {
        if (string.IsNullOrWhiteSpace(accept))
        {
            return false;
        }

        var ranges = accept.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        return ranges.All(r => r.Contains("g=apidiscovery.k8s.io", StringComparison.Ordinal));
    }
}
