using Dashboard.Core.Cluster;
using Dashboard.Kubernetes.Mapping;
using Dashboard.Kubernetes.Watching;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Kubernetes.Tests.Mapping;

public sealed class ResourceMappersTests
{
    [Fact]
    public void All_CoversEveryWatchedKindExactlyOnce()
    {
        var watched = WatchedKinds.All.Select(k => k.Kind).ToList();
        Assert.Equal(watched.Order(), ResourceMappers.All.Select(m => m.Kind).Order());
        Assert.All(watched, kind => Assert.Equal(kind, ResourceMappers.For(kind).Kind));
    }

    [Fact]
    public void EveryKind_IsWatchedOrFetchedByName_NeverBoth()
    {
        var watched = WatchedKinds.All.Select(k => k.Kind).ToHashSet();
        var fetched = WatchedKinds.Fetched.Select(k => k.Kind).ToHashSet();

        Assert.Empty(watched.Intersect(fetched));
        Assert.Equal(Enum.GetValues<ResourceKind>().Order(), watched.Concat(fetched).Order());
        Assert.Equal(["get"], WatchedKinds.TlsSecret.Verbs);
        Assert.Equal(("", "secrets"), (WatchedKinds.TlsSecret.Type.Group, WatchedKinds.TlsSecret.Type.Plural));
    }

    [Fact]
    public void Enabled_ReadTlsSecretsOff_LeavesOutIngresses()
    {
        Assert.DoesNotContain(WatchedKinds.Ingress, WatchedKinds.Enabled(new WatchOptions()));
        Assert.Contains(WatchedKinds.Ingress, WatchedKinds.Enabled(new WatchOptions { ReadTlsSecrets = true }));
        Assert.Contains(WatchedKinds.Namespace, WatchedKinds.Enabled(new WatchOptions()));
    }

    [Fact]
    public void AddResourceMappers_CalledTwice_RegistersEachMapperOnce()
    {
        var services = new ServiceCollection().AddResourceMappers().AddResourceMappers();
        using var provider = services.BuildServiceProvider();

        Assert.Equal(ResourceMappers.All.Count, provider.GetServices<IResourceMapper>().Count());
        Assert.Equal(WatchedKinds.All.Count, ResourceMappers.All.Select(m => m.Kind).Distinct().Count());
    }
}
