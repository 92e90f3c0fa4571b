using Dashboard.Core.Cluster;
using Dashboard.Kubernetes.Mapping;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Kubernetes.Tests.Mapping;

public sealed class ResourceMappersTests
{
    [Fact]
    public void All_CoversEveryKindExactlyOnce()
    {
        Assert.Equal(Enum.GetValues<ResourceKind>().Order(), ResourceMappers.All.Select(m => m.Kind).Order());
        Assert.All(Enum.GetValues<ResourceKind>(), kind => Assert.Equal(kind, ResourceMappers.For(kind).Kind));
    }

    [Fact]
    public void AddResourceMappers_CalledTwice_RegistersEachMapperOnce()
    {
        var services = new ServiceCollection().AddResourceMappers().AddResourceMappers();
        using var provider = services.BuildServiceProvider();

        Assert.Equal(ResourceMappers.All.Count, provider.GetServices<IResourceMapper>().Count());
        Assert.Equal(Enum.GetValues<ResourceKind>().Length, ResourceMappers.All.Select(m => m.Kind).Distinct().Count());
    }
}
