using System.Globalization;

namespace Dashboard.Web.Model;

/// <summary>Short, human formats shared by the pages (sizes, ages, SHAs).</summary>
public static class Format
{
    public static string Bytes(long? bytes)
    {
        if (bytes is not { } value)
        {
            return "–";
        }

        string[] units = ["B", "KiB", "MiB", "GiB", "TiB"];
        double size = value;
        var unit = 0;
        while (size >= 1024 && unit < units.Length - 1)
        {
            size /= 1024;
            unit++;
        }

        return unit == 0
            ? string.Create(CultureInfo.InvariantCulture, $"{value} B")
            : string.Create(CultureInfo.InvariantCulture, $"{size:0.#} {units[unit]}");
    }

    /// <summary>"45 s", "12 min", "3 h", "4 d": one unit, rounded down, good enough at a glance.</summary>
    public static string Span(TimeSpan span)
    {
        var abs = span.Duration();
        return abs.TotalSeconds < 60 ? $"{(int)abs.TotalSeconds} s"
            : abs.TotalMinutes < 60 ? $"{(int)abs.TotalMinutes} min"
            : abs.TotalHours < 24 ? $"{(int)abs.TotalHours} h"
            : $"{(int)abs.TotalDays} d";
    }

    public static string Ago(DateTimeOffset? at, DateTimeOffset now) =>
        at is { } value ? (value <= now ? Span(now - value) + " ago" : "in " + Span(value - now)) : "–";

    public static string ShortSha(string? sha) =>
        string.IsNullOrEmpty(sha) ? "–" : sha.Length > 7 && IsHex(sha) ? sha[..7] : sha;

    public static string Timestamp(DateTimeOffset? at) =>
        at?.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture) ?? "–";

    private static bool IsHex(string value) => value.All(char.IsAsciiHexDigit);
}
