using Dashboard.Git.Editing;
using Dashboard.Testing;

namespace Dashboard.Git.Tests.Editing;

public sealed class VersionFieldFinderTests
{
    public static TheoryData<string> VersionCases()
    {
        var data = new TheoryData<string>();
        for (var i = 0; i < GitOpsCase.All.Count; i++)
        {
            if (GitOpsCase.All[i].Kind is "image-tag" or "chart-version" or "target-revision")
            {
                data.Add(GitOpsCase.IdOf(i));
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(VersionCases))]
    public void Find_RealManifest_ListsTheCaseFieldWithItsKindAndLocator(string id)
    {
        var testCase = GitOpsCase.ById(id);
        var text = testCase.ReadText();
        var expected = YamlScalarEditor.Read(text, testCase.Locator);
        var caseLocator = YamlLocator.Parse(testCase.Locator);

        var fields = VersionFieldFinder.Find(text);

        var field = Assert.Single(fields, f => f.DocumentIndex == expected.DocumentIndex && f.Line == testCase.Line && f.Raw == testCase.Current);
        Assert.Equal(caseLocator.ToString(), field.Locator);
        Assert.Equal(ExpectedKind(testCase.Kind), field.Kind);
        Assert.Equal(expected.Value, YamlScalarEditor.Read(text, field.Locator, YamlDocumentSelector.At(field.DocumentIndex)).Value);
    }

    [Fact]
    public void Find_EveryRealManifest_ReturnsLocatorsThatReadBack()
    {
        var files = Directory.EnumerateFiles(Fixtures.GitOps("real"), "*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".yaml", StringComparison.Ordinal) || f.EndsWith(".yml", StringComparison.Ordinal) || Path.GetFileName(f) == "Kustomization")
            .ToList();
        Assert.NotEmpty(files);

        var total = 0;
        foreach (var file in files)
        {
            var text = File.ReadAllText(file);
            foreach (var field in VersionFieldFinder.Find(text))
            {
                var read = YamlScalarEditor.Read(text, field.Locator, YamlDocumentSelector.At(field.DocumentIndex));
                Assert.Equal(field.Raw, read.Raw);
                total++;
            }
        }

        Assert.True(total >= 50, $"only {total} fields found");
    }

    [Fact]
    public void Find_Deployment_SplitsImagesAndIgnoresRegistryPorts()
    {
        const string yaml = """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: web
            spec:
              template:
                spec:
                  initContainers:
                    - name: init
                      image: registry.local:5000/tools/init
                  containers:
                    - name: app
                      image: registry.local:5000/team/app:1.2@sha256:abc
                    - image: nginx:1.27
            """;

        var fields = VersionFieldFinder.Find(yaml);

        Assert.Equal(
            ["spec.template.spec.initContainers[name=init].image", "spec.template.spec.containers[name=app].image", "spec.template.spec.containers[1].image"],
            fields.Select(f => f.Locator));
        Assert.All(fields, f => Assert.Equal(VersionFieldKind.ImageTag, f.Kind));
        Assert.Equal(new ImageReference("registry.local:5000/tools/init", null, null), fields[0].Image);
        Assert.Equal(new ImageReference("registry.local:5000/team/app", "1.2", "sha256:abc"), fields[1].Image);
        Assert.Equal("1.27", fields[2].Image!.Tag);
    }

    [Fact]
    public void Find_ArgoApplicationWithHelmAndGitSources_ClassifiesEachSource()
    {
        const string yaml = """
            apiVersion: argoproj.io/v1alpha1
            kind: Application
            metadata:
              name: demo
            spec:
              sources:
                - repoURL: https://charts.example.com
                  chart: demo
                  targetRevision: 1.2.3
                - repoURL: https://github.com/example/config.git
                  targetRevision: main
                  ref: values
            """;

        var fields = VersionFieldFinder.Find(yaml);

        Assert.Equal(
            [("spec.sources[0].targetRevision", VersionFieldKind.ChartVersion), ("spec.sources[1].targetRevision", VersionFieldKind.TargetRevision)],
            fields.Select(f => (f.Locator, f.Kind)));
    }

    [Fact]
    public void Find_ValuesFileWithResourcesMapping_IsNotMistakenForAKustomization()
    {
        const string yaml = "image:\n  repository: app\n  tag: \"1.0\"\nresources:\n  limits:\n    cpu: 1\n";

        var field = Assert.Single(VersionFieldFinder.Find(yaml));

        Assert.Equal("image.tag", field.Locator);
        Assert.Equal("1.0", field.Value);
    }

    [Theory]
    [InlineData("nginx", "nginx", null, null)]
    [InlineData("nginx:1.27", "nginx", "1.27", null)]
    [InlineData("host:5000/app", "host:5000/app", null, null)]
    [InlineData("host:5000/app:1.2", "host:5000/app", "1.2", null)]
    [InlineData("ghcr.io/a/b@sha256:00", "ghcr.io/a/b", null, "sha256:00")]
    [InlineData("image:v1.0.0", "image", "v1.0.0", null)]
    public void Parse_ImageReference_SplitsRepositoryTagAndDigest(string image, string repository, string? tag, string? digest)
    {
        var parsed = ImageReference.Parse(image);

        Assert.Equal(new ImageReference(repository, tag, digest), parsed);
        Assert.Equal(image, parsed.ToString());
    }

    private static VersionFieldKind ExpectedKind(string kind) => kind switch
    {
        "image-tag" => VersionFieldKind.ImageTag,
        "chart-version" => VersionFieldKind.ChartVersion,
        _ => VersionFieldKind.TargetRevision,
    };
}
