using Dashboard.Core.Cluster;
using Dashboard.Web.Model;

namespace Dashboard.Web.Tests.Components;

public sealed class DataSourceDescriptionTests
{
    [Fact]
    public void Describe_EachConnectionKind_SaysWhereDataComesFrom()
    {
        Assert.Equal("kubeconfig context admin@home: home (https://10.0.0.2:6443)",
            DataSourceDescription.Describe(new ClusterConnectionInfo("home", ConnectionKind.Kubeconfig, "https://10.0.0.2:6443", "admin@home")));
        Assert.Equal("In-cluster service account: in-cluster (https://10.43.0.1:443)",
            DataSourceDescription.Describe(new ClusterConnectionInfo("in-cluster", ConnectionKind.InCluster, "https://10.43.0.1:443", null)));
        Assert.Equal(["Connecting to the cluster…"], DataSourceDescription.Describe([]));
    }
}
