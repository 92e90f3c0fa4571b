using Dashboard.Core.GitOps;

namespace Dashboard.Core.Tests.GitOps;

public sealed class GitRepositoryRefTests
{
    [Theory]
    [InlineData("https://github.com/homelab/fleet-infra")]
    [InlineData("https://github.com/homelab/fleet-infra.git")]
    [InlineData("https://github.com/homelab/fleet-infra/")]
    [InlineData("git@github.com:homelab/fleet-infra.git")]
    [InlineData("ssh://git@github.com/homelab/fleet-infra.git")]
    [InlineData("ssh://git@ghe.example.com:2222/homelab/fleet-infra")]
    public void TryParse_KnownUrlForms_ReturnsOwnerAndName(string url)
    {
        Assert.True(GitRepositoryRef.TryParse(url, out var repository));
        Assert.Equal(new GitRepositoryRef("homelab", "fleet-infra"), repository);
    }

    [Theory]
    [InlineData("")]
    [InlineData("fleet-infra")]
    [InlineData("https://github.com/homelab")]
    [InlineData("https://github.com/homelab/fleet-infra/tree/main")]
    [InlineData("https://stefanprodan.github.io/podinfo")]
    public void TryParse_NotARepositoryUrl_ReturnsFalse(string url)
    {
        Assert.False(GitRepositoryRef.TryParse(url, out _));
    }

    [Fact]
    public void FullMessage_PlanWithUser_AppendsRequestedByTrailer()
    {
        var plan = new CommitPlan(new GitRepositoryRef("o", "n"), "main", "abc", "rollback(podinfo): apps to 1234567", "alice", []);

        Assert.Equal("rollback(podinfo): apps to 1234567\n\nRequested-by: alice\n", plan.FullMessage);
    }

    [Fact]
    public void Normalize_PathWithDotDot_Throws()
    {
        Assert.Equal("apps/podinfo", FileEdit.Normalize("/apps/./podinfo/"));
        Assert.Throws<ArgumentException>(() => FileEdit.Normalize("apps/../secrets"));
    }
}
