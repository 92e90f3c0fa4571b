using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Dashboard.Git.Editing;

/// <summary>Builds the position map of every document from YamlDotNet's parser events.</summary>
internal static class YamlTreeReader
{
    public static IReadOnlyList<YamlDocumentModel> Read(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var documents = new List<YamlDocumentModel>();
        Parser? parser = null;
        try
        {
            // YamlDotNet does not skip a byte-order mark in a string; parse past it and shift every index back.
            var offset = text.StartsWith('\uFEFF') ? 1 : 0;
            parser = new Parser(new StringReader(offset == 0 ? text : text[offset..]));
            parser.Consume<StreamStart>();
            while (parser.TryConsume<DocumentStart>(out _))
            {
                var root = parser.Accept<DocumentEnd>(out _) ? null : ReadNode(parser, inFlow: false, offset);
                parser.Consume<DocumentEnd>();
                documents.Add(new YamlDocumentModel(documents.Count, root));
            }

            parser.Consume<StreamEnd>();
        }
        catch (YamlException ex)
        {
            throw new YamlEditException(
                YamlEditErrorKind.InvalidYaml,
                $"The file is not valid YAML at line {ex.Start.Line}, column {ex.Start.Column}: {ex.Message}");
        }
        catch (InvalidOperationException ex)
        {
            // YamlDotNet's scanner fails this way on some malformed input (e.g. an unclosed flow sequence).
            var near = parser?.Current?.End;
            throw new YamlEditException(
                YamlEditErrorKind.InvalidYaml,
                $"The file is not valid YAML after line {near?.Line ?? 1}, column {near?.Column ?? 1}: {ex.Message}");
        }

        return documents;
    }

    private static YamlNode ReadNode(IParser parser, bool inFlow, int offset)
    {
        var current = parser.Current ?? throw new YamlException("Unexpected end of the YAML stream.");
        parser.MoveNext();
        switch (current)
        {
            case Scalar scalar:
                return new YamlNode
                {
                    Kind = YamlNodeKind.Scalar,
                    Start = (int)scalar.Start.Index + offset,
                    End = (int)scalar.End.Index + offset,
                    Line = (int)scalar.Start.Line,
                    Column = (int)scalar.Start.Column,
                    Anchor = scalar.Anchor.IsEmpty ? null : scalar.Anchor.Value,
                    Tag = scalar.Tag.IsEmpty ? null : scalar.Tag.Value,
                    Value = scalar.Value,
                    Style = scalar.Style,
                    InFlowContext = inFlow,
                };
            case AnchorAlias alias:
                return new YamlNode
                {
                    Kind = YamlNodeKind.Alias,
                    Start = (int)alias.Start.Index + offset,
                    End = (int)alias.End.Index + offset,
                    Line = (int)alias.Start.Line,
                    Column = (int)alias.Start.Column,
                    Value = alias.Value.Value,
                    InFlowContext = inFlow,
                };
            case MappingStart mappingStart:
                return ReadMapping(parser, mappingStart, inFlow, offset);
            case SequenceStart sequenceStart:
                return ReadSequence(parser, sequenceStart, inFlow, offset);
            default:
                throw new YamlException(current.Start, current.End, $"Unexpected {current.GetType().Name} event.");
        }
    }

    private static YamlNode ReadMapping(IParser parser, MappingStart start, bool inFlow, int offset)
    {
        var isFlow = start.Style == MappingStyle.Flow;
        var node = new YamlNode
        {
            Kind = YamlNodeKind.Mapping,
            Start = (int)start.Start.Index + offset,
            End = (int)start.End.Index + offset,
            Line = (int)start.Start.Line,
            Column = (int)start.Start.Column,
            Anchor = start.Anchor.IsEmpty ? null : start.Anchor.Value,
            Tag = start.Tag.IsEmpty ? null : start.Tag.Value,
            IsFlow = isFlow,
            InFlowContext = inFlow,
        };
        while (!parser.Accept<MappingEnd>(out _))
        {
            var key = ReadNode(parser, inFlow || isFlow, offset);
            var value = ReadNode(parser, inFlow || isFlow, offset);
            node.Entries.Add(new KeyValuePair<YamlNode, YamlNode>(key, value));
            node.End = Math.Max(node.End, value.End);
        }

        var end = parser.Consume<MappingEnd>();
        if (isFlow)
        {
            node.End = (int)end.End.Index + offset;
        }

        return node;
    }

    private static YamlNode ReadSequence(IParser parser, SequenceStart start, bool inFlow, int offset)
    {
        var isFlow = start.Style == SequenceStyle.Flow;
        var node = new YamlNode
        {
            Kind = YamlNodeKind.Sequence,
            Start = (int)start.Start.Index + offset,
            End = (int)start.End.Index + offset,
            Line = (int)start.Start.Line,
            Column = (int)start.Start.Column,
            Anchor = start.Anchor.IsEmpty ? null : start.Anchor.Value,
            Tag = start.Tag.IsEmpty ? null : start.Tag.Value,
            IsFlow = isFlow,
            InFlowContext = inFlow,
        };
        while (!parser.Accept<SequenceEnd>(out _))
        {
            var item = ReadNode(parser, inFlow || isFlow, offset);
            node.Items.Add(item);
            node.End = Math.Max(node.End, item.End);
        }

        var end = parser.Consume<SequenceEnd>();
        if (isFlow)
        {
            node.End = (int)end.End.Index + offset;
        }

        return node;
    }
}
