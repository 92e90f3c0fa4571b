namespace Dashboard.Git.Editing;

/// <summary>
/// Lists the version-like scalars of a manifest that the "set version" action can edit: Flux HelmRelease
/// and source refs, Argo CD sources, workload container images, kustomize images/helmCharts, Chart.yaml,
/// and image tags inside Helm values (HelmRelease <c>spec.values</c> or a plain values file).
/// </summary>
public static class VersionFieldFinder
{
    private static readonly string[] PodSpecContainerLists = ["initContainers", "containers", "ephemeralContainers"];

    public static IReadOnlyList<VersionField> Find(string text)
    {
        var found = new List<VersionField>();
        foreach (var document in YamlTreeReader.Read(text))
        {
            if (document.Root is { Kind: YamlNodeKind.Mapping } root)
            {
                new Walker(text, document, found).VisitObject(root, YamlLocator.FromSegments([]));
            }
        }

        return found;
    }

    private sealed class Walker(string text, YamlDocumentModel document, List<VersionField> found)
    {
        public void VisitObject(YamlNode node, YamlLocator at)
        {
            var kind = node.GetScalar("kind");
            var apiVersion = node.GetScalar("apiVersion") ?? "";
            var spec = node.Get("spec");
            var specAt = at.Append(YamlPathSegment.ForKey("spec"));
            if (apiVersion.Length == 0)
            {
                // No apiVersion: a kustomization.yaml or a Helm values file (which may well have a "kind:" value).
                if (IsList(node.Get("images")) || IsList(node.Get("helmCharts")) || IsList(node.Get("resources")))
                {
                    VisitKustomization(node, at, kind);
                }
                else
                {
                    VisitValues(node, at, null, null);
                }

                return;
            }

            switch (kind)
            {
                case "HelmRelease":
                    Add(spec?.Get("chart")?.Get("spec"), specAt.Append(Key("chart")).Append(Key("spec")), "version", VersionFieldKind.ChartVersion, kind);
                    if (spec?.Get("values") is { Kind: YamlNodeKind.Mapping } values)
                    {
                        VisitValues(values, specAt.Append(Key("values")), null, kind);
                    }

                    break;
                case "OCIRepository" or "GitRepository" when apiVersion.StartsWith("source.toolkit.fluxcd.io", StringComparison.Ordinal):
                    var fieldKind = kind == "OCIRepository" ? VersionFieldKind.ChartVersion : VersionFieldKind.TargetRevision;
                    foreach (var refKey in new[] { "tag", "semver", "branch", "digest", "commit", "name" })
                    {
                        Add(spec?.Get("ref"), specAt.Append(Key("ref")), refKey, fieldKind, kind);
                    }

                    break;
                case "HelmChart" when apiVersion.StartsWith("source.toolkit.fluxcd.io", StringComparison.Ordinal):
                    Add(spec, specAt, "version", VersionFieldKind.ChartVersion, kind);
                    break;
                case "Application" or "ApplicationSet" when apiVersion.StartsWith("argoproj.io", StringComparison.Ordinal):
                    var appSpec = kind == "Application" ? spec : spec?.Get("template")?.Get("spec");
                    var appSpecAt = kind == "Application" ? specAt : specAt.Append(Key("template")).Append(Key("spec"));
                    VisitArgoApplicationSpec(appSpec, appSpecAt, kind);
                    break;
                case "Deployment" or "StatefulSet" or "DaemonSet" or "ReplicaSet" or "Job":
                    VisitPodSpec(spec?.Get("template")?.Get("spec"), specAt.Append(Key("template")).Append(Key("spec")), kind);
                    break;
                case "CronJob":
                    VisitPodSpec(
                        spec?.Get("jobTemplate")?.Get("spec")?.Get("template")?.Get("spec"),
                        specAt.Append(Key("jobTemplate")).Append(Key("spec")).Append(Key("template")).Append(Key("spec")),
                        kind);
                    break;
                case "Pod":
                    VisitPodSpec(spec, specAt, kind);
                    break;
                case "Kustomization" when !apiVersion.StartsWith("kustomize.toolkit.fluxcd.io", StringComparison.Ordinal):
                    VisitKustomization(node, at, kind);
                    break;
                case null when node.GetScalar("name") is not null && node.Get("version") is not null:
                    VisitChart(node, at);
                    break;
                default:
                    // Custom resources that carry their own image (Prometheus, Alertmanager, …).
                    AddImage(spec?.Get("image"), specAt.Append(Key("image")), kind);
                    break;
            }

            // Objects embedded in other objects: Flux ResourceSet resources, List items.
            foreach (var listKey in new[] { "resources", "items" })
            {
                var list = listKey == "resources" ? spec?.Get(listKey) : node.Get(listKey);
                var listAt = listKey == "resources" ? specAt.Append(Key(listKey)) : at.Append(Key(listKey));
                if (list is { Kind: YamlNodeKind.Sequence })
                {
                    for (var i = 0; i < list.Items.Count; i++)
                    {
                        if (list.Items[i] is { Kind: YamlNodeKind.Mapping } item && item.GetScalar("kind") is not null && item.GetScalar("apiVersion") is not null)
                        {
                            VisitObject(item, listAt.Append(YamlPathSegment.ForIndex(i)));
                        }
                    }
                }
            }
        }

        private void VisitArgoApplicationSpec(YamlNode? spec, YamlLocator at, string kind)
        {
            if (spec?.Get("source") is { Kind: YamlNodeKind.Mapping } source)
            {
                VisitArgoSource(source, at.Append(Key("source")), kind);
            }

            if (spec?.Get("sources") is { Kind: YamlNodeKind.Sequence } sources)
            {
                for (var i = 0; i < sources.Items.Count; i++)
                {
                    VisitArgoSource(sources.Items[i], at.Append(Key("sources")).Append(YamlPathSegment.ForIndex(i)), kind);
                }
            }

            var dry = spec?.Get("sourceHydrator")?.Get("drySource");
            Add(dry, at.Append(Key("sourceHydrator")).Append(Key("drySource")), "targetRevision", VersionFieldKind.TargetRevision, kind);
        }

        private void VisitArgoSource(YamlNode source, YamlLocator at, string kind)
        {
            // A source with "chart" is a Helm repository source: its targetRevision is a chart version.
            // A "path" means git even when a "chart" is named too (Argo's reference manifest sets both).
            var isHelm = source.Get("chart") is not null && source.Get("path") is null;
            var fieldKind = isHelm ? VersionFieldKind.ChartVersion : VersionFieldKind.TargetRevision;
            Add(source, at, "targetRevision", fieldKind, kind);
        }

        private void VisitPodSpec(YamlNode? podSpec, YamlLocator at, string kind)
        {
            foreach (var listKey in PodSpecContainerLists)
            {
                if (podSpec?.Get(listKey) is not { Kind: YamlNodeKind.Sequence } containers)
                {
                    continue;
                }

                var listAt = at.Append(Key(listKey));
                foreach (var (item, segment) in Items(containers, "name"))
                {
                    AddImage(item.Get("image"), listAt.Append(segment).Append(Key("image")), kind);
                }
            }
        }

        private void VisitKustomization(YamlNode node, YamlLocator at, string? kind)
        {
            if (node.Get("images") is { Kind: YamlNodeKind.Sequence } images)
            {
                foreach (var (item, segment) in Items(images, "name"))
                {
                    var itemAt = at.Append(Key("images")).Append(segment);
                    Add(item, itemAt, "newTag", VersionFieldKind.ImageTag, kind);
                    Add(item, itemAt, "newDigest", VersionFieldKind.ImageTag, kind);
                }
            }

            if (node.Get("helmCharts") is { Kind: YamlNodeKind.Sequence } charts)
            {
                foreach (var (item, segment) in Items(charts, "name"))
                {
                    Add(item, at.Append(Key("helmCharts")).Append(segment), "version", VersionFieldKind.ChartVersion, kind);
                }
            }
        }

        private void VisitChart(YamlNode chart, YamlLocator at)
        {
            Add(chart, at, "version", VersionFieldKind.ChartVersion, null);
            Add(chart, at, "appVersion", VersionFieldKind.ChartVersion, null);
            if (chart.Get("dependencies") is { Kind: YamlNodeKind.Sequence } dependencies)
            {
                foreach (var (item, segment) in Items(dependencies, "name"))
                {
                    Add(item, at.Append(Key("dependencies")).Append(segment), "version", VersionFieldKind.ChartVersion, null);
                }
            }
        }

        /// <summary>Helm values: a <c>tag</c> next to a <c>repository</c>, or under an <c>image</c> key, is an image tag.</summary>
        private void VisitValues(YamlNode node, YamlLocator at, string? parentKey, string? kind)
        {
            if (node.Kind == YamlNodeKind.Mapping)
            {
                if (parentKey == "image" || node.Get("repository") is not null)
                {
                    Add(node, at, "tag", VersionFieldKind.ImageTag, kind);
                }

                foreach (var (key, value) in node.Entries)
                {
                    if (key.Kind != YamlNodeKind.Scalar)
                    {
                        continue;
                    }

                    var childAt = at.Append(Key(key.Value));
                    if (key.Value == "image" && value.Kind == YamlNodeKind.Scalar)
                    {
                        AddImage(value, childAt, kind, requireTag: true);
                    }
                    else
                    {
                        VisitValues(value, childAt, key.Value, kind);
                    }
                }
            }
            else if (node.Kind == YamlNodeKind.Sequence)
            {
                foreach (var (item, segment) in Items(node, "name"))
                {
                    VisitValues(item, at.Append(segment), null, kind);
                }
            }
        }

        private void Add(YamlNode? parent, YamlLocator parentAt, string key, VersionFieldKind fieldKind, string? kind)
        {
            if (parent?.Get(key) is { Kind: YamlNodeKind.Scalar } scalar && !scalar.IsBlock())
            {
                Record(scalar, parentAt.Append(Key(key)), fieldKind, kind, null);
            }
        }

        private void AddImage(YamlNode? scalar, YamlLocator at, string? kind, bool requireTag = false)
        {
            if (scalar is not { Kind: YamlNodeKind.Scalar } || scalar.IsBlock() || scalar.Value.Length == 0)
            {
                return;
            }

            var image = ImageReference.Parse(scalar.Value);
            if (requireTag && image.Tag is null && image.Digest is null)
            {
                return;
            }

            Record(scalar, at, VersionFieldKind.ImageTag, kind, image);
        }

        private void Record(YamlNode scalar, YamlLocator at, VersionFieldKind fieldKind, string? kind, ImageReference? image)
        {
            var location = YamlScalarEditor.Locate(text, document, scalar, at);
            found.Add(new VersionField(document.Index, at.ToString(), fieldKind, location.Value, location.Raw, location.Line, kind, image));
        }

        /// <summary>List items with their locator step: <c>[name=x]</c> when that name is unique, else the index.</summary>
        private static IEnumerable<(YamlNode Item, YamlPathSegment Segment)> Items(YamlNode list, string selectorKey)
        {
            var names = list.Items.Select(i => i.GetScalar(selectorKey)).ToList();
            for (var i = 0; i < list.Items.Count; i++)
            {
                var name = names[i];
                var unique = name is not null && names.Count(n => n == name) == 1 && name.IndexOfAny([']', '=']) < 0;
                yield return (list.Items[i], unique ? YamlPathSegment.ForSelector(selectorKey, name!) : YamlPathSegment.ForIndex(i));
            }
        }

        private static bool IsList(YamlNode? node) => node is { Kind: YamlNodeKind.Sequence };

        private static YamlPathSegment Key(string key) => YamlPathSegment.ForKey(key);
    }
}
