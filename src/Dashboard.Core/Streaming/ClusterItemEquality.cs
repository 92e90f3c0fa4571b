using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;
using Dashboard.Core.Cluster;

namespace Dashboard.Core.Streaming;

/// <summary>
/// Record equality that also compares list properties element by element. Records compare
/// <c>IReadOnlyList</c> members by reference, so a re-mapped but identical object would otherwise
/// count as a change on every watch event and wake every page.
/// </summary>
public static class ClusterItemEquality
{
    private static readonly ConcurrentDictionary<Type, PropertyInfo[]> Properties = new();

    public static bool AreEquivalent(IClusterItem? left, IClusterItem? right) => ValuesEqual(left, right, depth: 0);

    private static bool ValuesEqual(object? left, object? right, int depth)
    {
        if (ReferenceEquals(left, right) || Equals(left, right))
        {
            return true;
        }

        if (left is null || right is null || left.GetType() != right.GetType() || depth > 8)
        {
            return false;
        }

        if (left is IEnumerable leftItems && right is IEnumerable rightItems && left is not string)
        {
            return SequencesEqual(leftItems, rightItems, depth);
        }

        var type = left.GetType();
        if (type.IsPrimitive || type.IsEnum || left is string or DateTimeOffset or TimeSpan or decimal)
        {
            return false;
        }

        // A record (or other class) whose default Equals failed: compare property by property.
        foreach (var property in Properties.GetOrAdd(type, ReadableProperties))
        {
            if (!ValuesEqual(property.GetValue(left), property.GetValue(right), depth + 1))
            {
                return false;
            }
        }

        return true;
    }

    private static bool SequencesEqual(IEnumerable left, IEnumerable right, int depth)
    {
        var leftEnumerator = left.GetEnumerator();
        var rightEnumerator = right.GetEnumerator();
        while (true)
        {
            var leftHas = leftEnumerator.MoveNext();
            var rightHas = rightEnumerator.MoveNext();
            if (leftHas != rightHas)
            {
                return false;
            }

            if (!leftHas)
            {
                return true;
            }

            if (!ValuesEqual(leftEnumerator.Current, rightEnumerator.Current, depth + 1))
            {
                return false;
            }
        }
    }

    private static PropertyInfo[] ReadableProperties(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanRead && p.GetIndexParameters().Length == 0 && p.Name != "EqualityContract")
            .ToArray();
}
