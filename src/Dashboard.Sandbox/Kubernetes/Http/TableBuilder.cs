using System.Globalization;
using System.Text.Json.Nodes;
using Dashboard.Sandbox.Kubernetes.Store;

namespace Dashboard.Sandbox.Kubernetes.Http;

/// <summary>Server-side Table output (what kubectl get asks for): Name, then the CRD's printer columns or Age (samples 20-23).</summary>
internal static class TableBuilder
{
    private const string NameDescription = "Name must be unique within a namespace. Is required when creating resources, although some resources may allow a client to request the generation of an appropriate name automatically. Name is primarily intended for creation idempotence and configuration definition. Cannot be updated. More info: http://kubernetes.io/docs/user-guide/identifiers#names";
    private const string AgeDescription = "CreationTimestamp is a timestamp representing the server time when this object was created. It is not guaranteed to be set in happens-before order across separate operations. Clients may not set this value. It is represented in RFC3339 form and is in UTC.\n\nPopulated by the system. Read-only. Null for lists. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#metadata";

    public static JsonObject Build(ResourceType type, IEnumerable<StoredObject> items, long? resourceVersion, string? continueToken, DateTimeOffset now)
    {
        var columns = Columns(type);
        var metadata = new JsonObject();
        if (resourceVersion is { } rv)
        {
            metadata["resourceVersion"] = rv.ToString(CultureInfo.InvariantCulture);
        }

        if (!string.IsNullOrEmpty(continueToken))
        {
            metadata["continue"] = continueToken;
        }

        return new JsonObject
        {
            ["kind"] = "Table",
            ["apiVersion"] = "meta.k8s.io/v1",
            ["metadata"] = metadata,
            ["columnDefinitions"] = new JsonArray(columns.Select(c => (JsonNode)new JsonObject
            {
                ["name"] = c.Name,
                ["type"] = c.Type,
                ["format"] = c.Format,
                ["description"] = c.Description,
                ["priority"] = c.Priority,
            }).ToArray()),
            ["rows"] = new JsonArray(items.Select(o => (JsonNode)Row(o, columns, now)).ToArray()),
        };
    }

    private static List<PrinterColumn> Columns(ResourceType type)
    {
        var columns = new List<PrinterColumn> { new("Name", "string", "name", NameDescription, 0, ".metadata.name") };
        if (type.PrinterColumns.Count > 0)
        {
            columns.AddRange(type.PrinterColumns);
        }
        else
        {
            columns.Add(new PrinterColumn("Age", "date", string.Empty, AgeDescription, 0, ".metadata.creationTimestamp"));
        }

        return columns;
    }

    private static JsonObject Row(StoredObject obj, List<PrinterColumn> columns, DateTimeOffset now)
    {
        var cells = new JsonArray();
        foreach (var column in columns)
        {
            cells.Add(Cell(PrinterJsonPath.Evaluate(obj.Value, column.JsonPath), column.Type, now));
        }

        return new JsonObject
        {
            ["cells"] = cells,
            ["object"] = new JsonObject
            {
                ["kind"] = "PartialObjectMetadata",
                ["apiVersion"] = "meta.k8s.io/v1",
                ["metadata"] = obj.Metadata.DeepClone(),
            },
        };
    }

    private static JsonNode? Cell(JsonNode? value, string type, DateTimeOffset now)
    {
        if (value is null)
        {
            return null;
        }

        if (type == "date" && value is JsonValue v && v.TryGetValue<string>(out var text)
            && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time))
        {
            return HumanDuration.Format(now - time);
        }

        return value is JsonValue ? value.DeepClone() : value.ToJsonString();
    }
}
