using System.Globalization;
using System.Text;
using System.Text.Json;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Dashboard.Kubernetes.Tests.Mapping;

/// <summary>
/// Converts YAML documents to the JSON an API server would send: YAML 1.2 core-schema resolution for
/// plain scalars (ints, floats, booleans, null), quoted scalars always strings.
/// </summary>
internal static class YamlJson
{
    public static IReadOnlyList<JsonElement> LoadDocuments(string path)
    {
        var stream = new YamlStream();
        using (var reader = new StreamReader(path))
        {
            stream.Load(reader);
        }

        return stream.Documents
            .Where(d => d.RootNode is YamlMappingNode)
            .Select(d => Convert(d.RootNode))
            .ToList();
    }

    public static JsonElement Convert(YamlNode node)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            Write(writer, node);
        }

        using var document = JsonDocument.Parse(buffer.ToArray());
        return document.RootElement.Clone();
    }

    private static void Write(Utf8JsonWriter writer, YamlNode node)
    {
        switch (node)
        {
            case YamlMappingNode mapping:
                writer.WriteStartObject();
                foreach (var (key, value) in mapping.Children)
                {
                    writer.WritePropertyName(((YamlScalarNode)key).Value ?? "");
                    Write(writer, value);
                }

                writer.WriteEndObject();
                break;
            case YamlSequenceNode sequence:
                writer.WriteStartArray();
                foreach (var item in sequence.Children)
                {
                    Write(writer, item);
                }

                writer.WriteEndArray();
                break;
            case YamlScalarNode scalar:
                WriteScalar(writer, scalar);
                break;
            default:
                throw new InvalidOperationException($"Unsupported YAML node {node.NodeType} at {node.Start}");
        }
    }

    private static void WriteScalar(Utf8JsonWriter writer, YamlScalarNode scalar)
    {
        var text = scalar.Value ?? "";
        if (scalar.Style is ScalarStyle.Plain)
        {
            if (text is "" or "~" or "null" or "Null" or "NULL")
            {
                writer.WriteNullValue();
                return;
            }

            if (text is "true" or "True" or "TRUE" or "false" or "False" or "FALSE")
            {
                writer.WriteBooleanValue(text.StartsWith('t') || text.StartsWith('T'));
                return;
            }

            if (long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer))
            {
                writer.WriteNumberValue(integer);
                return;
            }

            if (IsFloat(text) && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var real))
            {
                writer.WriteNumberValue(real);
                return;
            }
        }

        writer.WriteStringValue(text);
    }

    // YAML 1.2 core schema float: [-+]? ( \. [0-9]+ | [0-9]+ ( \. [0-9]* )? ) ( [eE] [-+]? [0-9]+ )?
    private static bool IsFloat(string text)
    {
        var ascii = Encoding.ASCII.GetBytes(text);
        return ascii.Length > 0 && ascii.All(b => b is (>= (byte)'0' and <= (byte)'9') or (byte)'.' or (byte)'e' or (byte)'E' or (byte)'-' or (byte)'+')
               && ascii.Any(b => b is >= (byte)'0' and <= (byte)'9');
    }
}
