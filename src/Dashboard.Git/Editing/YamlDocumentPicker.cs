namespace Dashboard.Git.Editing;

/// <summary>Chooses the document an edit applies to and resolves the locator in it.</summary>
internal static class YamlDocumentPicker
{
    public static (YamlDocumentModel Document, YamlNode Node) Resolve(
        IReadOnlyList<YamlDocumentModel> documents, YamlLocator locator, YamlDocumentSelector? selector)
    {
        var candidates = Candidates(documents, locator, selector);
        if (candidates.Count == 1)
        {
            var only = candidates[0];
            var resolution = YamlNavigator.Resolve(only.Root, locator);
            return resolution.Found ? (only, resolution.Node!) : throw NotFound(locator, only, resolution);
        }

        var hits = candidates
            .Select(d => (Document: d, Resolution: YamlNavigator.Resolve(d.Root, locator)))
            .ToList();
        var found = hits.Where(h => h.Resolution.Found).ToList();
        if (found.Count == 1)
        {
            return (found[0].Document, found[0].Resolution.Node!);
        }

        if (found.Count > 1)
        {
            throw new YamlEditException(
                YamlEditErrorKind.AmbiguousDocument,
                $"'{locator}' exists in {found.Count} documents ({string.Join(", ", found.Select(f => f.Document.Describe()))}); choose one by index or kind/name.");
        }

        if (hits.Count == 0)
        {
            throw new YamlEditException(YamlEditErrorKind.DocumentNotFound, "The file has no YAML document.");
        }

        var deepest = hits.MaxBy(h => h.Resolution.MatchedSegments);
        throw NotFound(locator, deepest.Document, deepest.Resolution);
    }

    /// <summary>The documents the selector allows; exactly one unless the selector is automatic.</summary>
    public static IReadOnlyList<YamlDocumentModel> Candidates(
        IReadOnlyList<YamlDocumentModel> documents, YamlLocator? locator, YamlDocumentSelector? selector)
    {
        selector ??= locator?.Document is { } prefixed ? YamlDocumentSelector.At(prefixed) : YamlDocumentSelector.Auto;
        if (selector.Index is { } index)
        {
            return index < documents.Count
                ? [documents[index]]
                : throw new YamlEditException(
                    YamlEditErrorKind.DocumentNotFound,
                    $"The file has {documents.Count} document(s), so document {index} does not exist.");
        }

        if (selector.Kind is { } kind)
        {
            var matching = documents
                .Where(d => d.Kind == kind && (selector.Name is null || d.Name == selector.Name))
                .ToList();
            if (matching.Count == 0)
            {
                var present = string.Join(", ", documents.Select(d => d.Describe()));
                throw new YamlEditException(
                    YamlEditErrorKind.DocumentNotFound,
                    $"No document is {selector}; the file has: {(present.Length == 0 ? "nothing" : present)}.");
            }

            if (matching.Count > 1)
            {
                throw new YamlEditException(
                    YamlEditErrorKind.AmbiguousDocument,
                    $"{matching.Count} documents are {selector} ({string.Join(", ", matching.Select(d => d.Describe()))}); choose one by index.");
            }

            return matching;
        }

        return documents.Where(d => d.Root is not null).ToList();
    }

    public static YamlDocumentModel Single(IReadOnlyList<YamlDocumentModel> documents, YamlDocumentSelector? selector)
    {
        var candidates = Candidates(documents, null, selector);
        return candidates.Count switch
        {
            1 => candidates[0],
            0 => throw new YamlEditException(YamlEditErrorKind.DocumentNotFound, "The file has no YAML document."),
            _ => throw new YamlEditException(
                YamlEditErrorKind.AmbiguousDocument,
                $"The file has {candidates.Count} documents ({string.Join(", ", candidates.Select(d => d.Describe()))}); choose one by index or kind/name."),
        };
    }

    private static YamlEditException NotFound(YamlLocator locator, YamlDocumentModel document, YamlResolution resolution)
    {
        var matched = resolution.MatchedSegments == 0 ? "nothing matched" : $"'{locator.Take(resolution.MatchedSegments)}' matched";
        return new YamlEditException(
            YamlEditErrorKind.LocatorNotFound,
            $"'{locator}' was not found in {document.Describe()}: {matched}, but {resolution.Failure}.");
    }
}
