using Dashboard.Web.Authentication;

namespace Dashboard.Web.Tests.Authentication;

public sealed class LoopbackAddressesTests
{
    [Theory]
    [InlineData("http://127.0.0.1:5000")]
    [InlineData("http://127.0.0.2:5000")]
    [InlineData("http://[::1]:8080")]
    [InlineData("https://localhost:5001")]
    [InlineData("http://LOCALHOST:5000/")]
    [InlineData("http://[::ffff:127.0.0.1]:80")]
    public void IsLoopback_LocalOnlyAddress_True(string address) => Assert.True(LoopbackAddresses.IsLoopback(address));

    [Theory]
    [InlineData("http://+:8080")]
    [InlineData("http://*:8080")]
    [InlineData("http://0.0.0.0:8080")]
    [InlineData("http://[::]:8080")]
    [InlineData("http://192.168.1.10:8080")]
    [InlineData("http://dashboard.lan:8080")]
    [InlineData("unix:/tmp/dashboard.sock")]
    [InlineData("")]
    public void IsLoopback_ReachableFromOtherMachines_False(string address) => Assert.False(LoopbackAddresses.IsLoopback(address));
}
