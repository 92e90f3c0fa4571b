[assembly: AssemblyFixture(typeof(Dashboard.Browser.Tests.BrowserFixture))]

// One Chromium and one app per class on two cores: run classes one after another.
[assembly: CollectionBehavior(CollectionBehavior.CollectionPerAssembly)]
