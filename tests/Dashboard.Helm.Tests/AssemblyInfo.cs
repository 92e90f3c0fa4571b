[assembly: AssemblyFixture(typeof(Dashboard.Helm.Tests.HelmTool))]
