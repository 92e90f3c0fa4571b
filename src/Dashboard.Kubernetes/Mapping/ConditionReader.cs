using Dashboard.Core.Cluster;

namespace Dashboard.Kubernetes.Mapping;

/// <summary>Reads a conditions array (Kubernetes metav1.Condition or Argo CD's type+message shape).</summary>
internal static class ConditionReader
{
    public static IReadOnlyList<Condition> Read(FieldReader reader, JsonNode status, string name = "conditions")
    {
        var conditions = new List<Condition>();
        foreach (var item in reader.Objects(status, name))
        {
            var type = reader.String(item, "type");
            if (string.IsNullOrEmpty(type))
            {
                reader.MarkUnreadable(item.Child("type"));
                continue;
            }

            conditions.Add(new Condition(
                type,
                reader.String(item, "status") ?? "",
                Blank(reader.String(item, "reason")),
                Blank(reader.String(item, "message")),
                reader.Time(item, "lastTransitionTime")));
        }

        return conditions;
    }

    public static Condition? Find(IReadOnlyList<Condition> conditions, string type) =>
        conditions.FirstOrDefault(c => string.Equals(c.Type, type, StringComparison.Ordinal));

    private static string? Blank(string? text) => string.IsNullOrEmpty(text) ? null : text;
}
