using System.Collections;
using System.ComponentModel;
using System.Globalization;
using System.Reflection;

namespace Dashboard.Web.Configuration;

/// <summary>
/// Walks a configuration section against an options type and reports every key that does not exist
/// (a typo would otherwise be ignored silently) and every value that cannot be converted, each with its full key.
/// </summary>
public static class ConfigurationKeyChecker
{
    public static IReadOnlyList<string> Check(IConfigurationSection section, Type optionsType)
    {
        var errors = new List<string>();
        CheckObject(section, optionsType, errors);
        return errors;
    }

    private static void CheckObject(IConfigurationSection section, Type type, List<string> errors)
    {
        var properties = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanWrite || IsCollection(p.PropertyType))
            .ToDictionary(p => p.Name, StringComparer.OrdinalIgnoreCase);

        foreach (var child in section.GetChildren())
        {
            if (!properties.TryGetValue(child.Key, out var property))
            {
                var suggestion = Suggest(child.Key, properties.Keys);
                errors.Add(suggestion is null
                    ? $"{child.Path}: unknown setting."
                    : $"{child.Path}: unknown setting; did you mean {section.Path}:{suggestion}?");
                continue;
            }

            CheckValue(child, property.PropertyType, errors);
        }
    }

    private static void CheckValue(IConfigurationSection section, Type type, List<string> errors)
    {
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        if (IsScalar(underlying))
        {
            if (section.GetChildren().Any())
            {
                errors.Add($"{section.Path}: expected a single value, found a section.");
                return;
            }

            if (section.Value is { Length: > 0 } value && !CanConvert(value, underlying))
            {
                errors.Add($"{section.Path}: '{value}' is not a valid {Describe(underlying)}.");
            }

            return;
        }

        if (IsCollection(underlying))
        {
            var elementType = underlying.IsArray ? underlying.GetElementType()! : underlying.GetGenericArguments()[0];
            foreach (var item in section.GetChildren())
            {
                if (!int.TryParse(item.Key, NumberStyles.None, CultureInfo.InvariantCulture, out _))
                {
                    errors.Add($"{item.Path}: expected a list index (0, 1, ...).");
                    continue;
                }

                CheckValue(item, elementType, errors);
            }

            return;
        }

        if (section.Value is { Length: > 0 } && !section.GetChildren().Any())
        {
            errors.Add($"{section.Path}: expected a section with settings, found the value '{section.Value}'.");
            return;
        }

        CheckObject(section, underlying, errors);
    }

    private static bool IsScalar(Type type) =>
        type.IsPrimitive || type.IsEnum || type == typeof(string) || type == typeof(decimal) ||
        type == typeof(TimeSpan) || type == typeof(Uri) || type == typeof(DateTimeOffset);

    private static bool IsCollection(Type type) =>
        type != typeof(string) && (type.IsArray || (type.IsGenericType && typeof(IEnumerable).IsAssignableFrom(type)));

    private static bool CanConvert(string value, Type type)
    {
        if (type.IsEnum)
        {
            return Enum.TryParse(type, value, ignoreCase: true, out var parsed) && Enum.IsDefined(type, parsed!);
        }

        try
        {
            TypeDescriptor.GetConverter(type).ConvertFromInvariantString(value);
            return true;
        }
        catch (Exception ex) when (ex is FormatException or NotSupportedException or ArgumentException || ex.InnerException is FormatException or OverflowException)
        {
            return false;
        }
    }

    private static string Describe(Type type) => type switch
    {
        _ when type == typeof(bool) => "boolean (true or false)",
        _ when type == typeof(int) || type == typeof(long) => "whole number",
        _ when type == typeof(TimeSpan) => "time span (hh:mm:ss)",
        _ when type.IsEnum => $"value (one of: {string.Join(", ", Enum.GetNames(type))})",
        _ => type.Name,
    };

    /// <summary>The closest known key, when the typo is small (edit distance ≤ 3).</summary>
    private static string? Suggest(string key, IEnumerable<string> known) =>
        known.Select(k => (Key: k, Distance: EditDistance(key.ToUpperInvariant(), k.ToUpperInvariant())))
            .Where(x => x.Distance <= 3)
            .OrderBy(x => x.Distance)
            .Select(x => x.Key)
            .FirstOrDefault();

    private static int EditDistance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            previous = current;
        }

        return previous[b.Length];
    }
}
