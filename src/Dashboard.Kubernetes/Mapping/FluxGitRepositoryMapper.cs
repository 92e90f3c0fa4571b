using Dashboard.Core.Cluster;

namespace Dashboard.Kubernetes.Mapping;

/// <summary>source.toolkit.fluxcd.io/v1 GitRepository → <see cref="GitSourceStatus"/>.</summary>
public sealed class FluxGitRepositoryMapper : ResourceMapperBase<GitSourceStatus>
{
    public override ResourceKind Kind => ResourceKind.FluxGitRepository;

    private protected override GitSourceStatus MapCore(FieldReader reader, JsonNode root, ResourceKey key)
    {
        var spec = reader.Object(root, "spec");
        var status = reader.Object(root, "status");
        var reference = reader.Object(spec, "ref");
        var artifact = reader.Object(status, "artifact");
        var conditions = ConditionReader.Read(reader, status);
        var ready = ConditionReader.Find(conditions, "Ready");
        var url = reader.String(spec, "url");
        if (string.IsNullOrEmpty(url))
        {
            reader.MarkUnreadable(spec.Child("url"));
        }

        return new GitSourceStatus
        {
            Key = key,
            Url = url ?? "",
            Branch = reader.String(reference, "branch"),
            Tag = reader.String(reference, "tag") ?? reader.String(reference, "semver"),
            Commit = reader.String(reference, "commit"),
            Revision = FluxRevision.Sha(reader.String(artifact, "revision")),
            Ready = ready is null ? null : ready.IsTrue ? true : FluxReadiness.IsFalse(ready) ? false : null,
            Message = ready?.Message,
            // The artifact time is when Flux last stored a new revision; without one, the last handled request.
            FetchedAt = reader.Time(artifact, "lastUpdateTime") ?? reader.Time(status, "lastHandledReconcileAt"),
            Suspended = reader.Bool(spec, "suspend") ?? false,
            Conditions = conditions,
            UnreadableFields = reader.Unreadable,
        };
    }

    private protected override GitSourceStatus Unreadable(ResourceKey key, IReadOnlyList<string> fields) =>
        new() { Key = key, Url = "", UnreadableFields = fields };
}
