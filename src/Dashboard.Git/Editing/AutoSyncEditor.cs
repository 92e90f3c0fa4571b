namespace Dashboard.Git.Editing;

/// <summary>
/// Pause/resume auto-sync by editing the controller's own switch in the manifest (DESIGN.md §5):
/// Flux <c>spec.suspend</c> and Argo CD <c>spec.syncPolicy.automated</c>. Only the lines of the switch
/// change; setting what is already there returns the input with <see cref="YamlEditResult.Changed"/> false.
/// </summary>
public static class AutoSyncEditor
{
    private static readonly string[] ArgoKinds = ["Application", "ApplicationSet"];

    /// <summary>Sets Flux <c>spec.suspend</c>; inserts <c>suspend: true</c> as the first key of <c>spec</c> when missing.</summary>
    /// <param name="document">The document to edit; automatic picks the only Flux object with a <c>spec</c>.</param>
    public static YamlEditResult SetFluxSuspend(string text, YamlDocumentSelector? document, bool suspend)
    {
        var documents = YamlTreeReader.Read(text);
        var model = Pick(documents, document, d => d.Root?.GetScalar("apiVersion")?.Contains("toolkit.fluxcd.io", StringComparison.Ordinal) == true);
        var spec = BlockMapping(model.Root?.Get("spec"), model, "spec");
        var locator = YamlLocator.Parse("spec.suspend");
        var existing = spec.Get("suspend");
        if (existing is not null)
        {
            var isSuspended = existing.Kind == YamlNodeKind.Scalar && existing.Value is "true" or "True" or "TRUE";
            return isSuspended == suspend
                ? YamlEditResult.Unchanged(text)
                : YamlScalarEditor.Set(text, locator, suspend ? "true" : "false", YamlDocumentSelector.At(model.Index));
        }

        if (!suspend)
        {
            return YamlEditResult.Unchanged(text); // a missing key already means "not suspended"
        }

        var specKey = model.Root!.GetEntry("spec")!.Value.Key;
        var indent = new string(' ', YamlTextLayout.Indent(text, FirstKeyOnItsOwnLine(text, spec, model, "spec")));
        var edited = YamlTextLayout.InsertLinesAfter(text, specKey.End, [indent + "suspend: true"], YamlTextLayout.NewLine(text));
        YamlScalarEditor.Verify(edited, documents.Count, model.Index, locator, "true");
        return new YamlEditResult(edited, true);
    }

    /// <summary>
    /// Disabling removes <c>syncPolicy.automated</c> with its children (comments around it stay);
    /// enabling inserts a block <c>automated:</c> mapping with <paramref name="prune"/> and <paramref name="selfHeal"/>,
    /// or flips <c>automated.enabled: false</c> back to true. ApplicationSets are edited in <c>spec.template.spec</c>.
    /// </summary>
    public static YamlEditResult SetArgoAutomatedSync(
        string text, YamlDocumentSelector? document, bool enabled, bool prune = true, bool selfHeal = true)
    {
        var documents = YamlTreeReader.Read(text);
        var model = Pick(documents, document, d => d.Root?.GetScalar("apiVersion")?.StartsWith("argoproj.io", StringComparison.Ordinal) == true && ArgoKinds.Contains(d.Kind));
        var isSet = model.Kind == "ApplicationSet";
        var specPath = isSet ? "spec.template.spec" : "spec";
        var specResolution = YamlNavigator.Resolve(model.Root, YamlLocator.Parse(specPath));
        var spec = BlockMapping(specResolution.Node, model, specPath);
        var syncPolicyEntry = spec.GetEntry("syncPolicy");
        var automatedEntry = syncPolicyEntry?.Value.GetEntry("automated");
        var automated = automatedEntry?.Value;
        var enabledFlag = automated?.Get("enabled");
        var currentlyEnabled = automated is not null && !(enabledFlag is { Kind: YamlNodeKind.Scalar } && enabledFlag.Value is "false" or "False" or "FALSE");
        if (currentlyEnabled == enabled)
        {
            return YamlEditResult.Unchanged(text);
        }

        var automatedPath = specPath + ".syncPolicy.automated";
        if (!enabled)
        {
            var (key, value) = automatedEntry!.Value;
            if (!YamlTextLayout.StartsLine(text, key))
            {
                throw Unsupported(model, automatedPath, "it does not start its own line (flow style)");
            }

            var from = YamlTextLayout.LineStart(text, key.Start);
            var to = YamlTextLayout.LineEnd(text, Math.Max(value.End, key.End));
            var removed = text.Remove(from, to - from);
            if (to == text.Length && !text.EndsWith('\n') && from > 0)
            {
                // The block was the file's last line and had no newline: drop the one before it instead.
                removed = removed[..^(removed.EndsWith("\r\n", StringComparison.Ordinal) ? 2 : 1)];
            }

            VerifyMissing(removed, documents.Count, model.Index, automatedPath);
            return new YamlEditResult(removed, true);
        }

        if (automated is not null)
        {
            return YamlScalarEditor.Set(text, YamlLocator.Parse(automatedPath + ".enabled"), "true", YamlDocumentSelector.At(model.Index));
        }

        var newLine = YamlTextLayout.NewLine(text);
        var step = YamlTextLayout.IndentStep(text, model.Root);
        var children = new[] { $"prune: {Bool(prune)}", $"selfHeal: {Bool(selfHeal)}" };
        string edited;
        if (syncPolicyEntry is { } syncPolicy)
        {
            var policyIndent = YamlTextLayout.Indent(text, syncPolicy.Key);
            var indent = syncPolicy.Value.IsNullScalar
                ? policyIndent + step
                : YamlTextLayout.Indent(text, FirstKeyOnItsOwnLine(text, BlockMapping(syncPolicy.Value, model, specPath + ".syncPolicy"), model, specPath + ".syncPolicy"));
            var lines = new[] { Pad(indent) + "automated:" }.Concat(children.Select(c => Pad(indent + step) + c)).ToList();
            edited = YamlTextLayout.InsertLinesAfter(text, syncPolicy.Key.End, lines, newLine);
        }
        else
        {
            var indent = YamlTextLayout.Indent(text, FirstKeyOnItsOwnLine(text, spec, model, specPath));
            var lines = new[] { Pad(indent) + "syncPolicy:", Pad(indent + step) + "automated:" }
                .Concat(children.Select(c => Pad(indent + (2 * step)) + c)).ToList();
            edited = YamlTextLayout.InsertLinesAfter(text, spec.End, lines, newLine);
        }

        YamlScalarEditor.Verify(edited, documents.Count, model.Index, YamlLocator.Parse(automatedPath + ".prune"), Bool(prune));
        return new YamlEditResult(edited, true);
    }

    private static YamlDocumentModel Pick(IReadOnlyList<YamlDocumentModel> documents, YamlDocumentSelector? selector, Func<YamlDocumentModel, bool> isTarget)
    {
        if (selector is null || selector.IsAuto)
        {
            var targets = documents.Where(isTarget).ToList();
            if (targets.Count == 1)
            {
                return targets[0];
            }

            if (targets.Count > 1)
            {
                throw new YamlEditException(
                    YamlEditErrorKind.AmbiguousDocument,
                    $"The file defines {targets.Count} objects ({string.Join(", ", targets.Select(t => t.Describe()))}); choose one by index or kind/name.");
            }
        }

        return YamlDocumentPicker.Single(documents, selector);
    }

    private static YamlNode BlockMapping(YamlNode? node, YamlDocumentModel model, string path)
    {
        if (node is null)
        {
            throw new YamlEditException(YamlEditErrorKind.LocatorNotFound, $"{model.Describe()} has no '{path}'.");
        }

        if (node.Kind != YamlNodeKind.Mapping)
        {
            throw new YamlEditException(YamlEditErrorKind.NotAScalar, $"'{path}' in {model.Describe()} is a {YamlNavigator.Describe(node)}, not a mapping.");
        }

        return node.IsFlow ? throw Unsupported(model, path, "it is written in flow style ({...})") : node;
    }

    private static YamlNode FirstKeyOnItsOwnLine(string text, YamlNode mapping, YamlDocumentModel model, string path)
    {
        var first = mapping.Entries.Count > 0 ? mapping.Entries[0].Key : null;
        return first is not null && YamlTextLayout.StartsLine(text, first)
            ? first
            : throw Unsupported(model, path, "its first key does not start a line");
    }

    private static void VerifyMissing(string edited, int documentCount, int index, string path)
    {
        var after = YamlTreeReader.Read(edited);
        if (after.Count != documentCount || YamlNavigator.Resolve(after[index].Root, YamlLocator.Parse(path)).Found)
        {
            throw new YamlEditException(YamlEditErrorKind.VerificationFailed, $"Removing '{path}' did not work out; nothing was changed.");
        }
    }

    private static YamlEditException Unsupported(YamlDocumentModel model, string path, string why) =>
        new(YamlEditErrorKind.UnsupportedLayout, $"Cannot edit '{path}' in {model.Describe()}: {why}.");

    private static string Pad(int width) => new(' ', width);

    private static string Bool(bool value) => value ? "true" : "false";
}
