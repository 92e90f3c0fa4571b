using System.Collections.Concurrent;
using System.Globalization;

namespace Dashboard.Core.Health;

/// <summary>
/// A small evaluator for the 5-field cron of Longhorn RecurringJobs (minute hour day-of-month month day-of-week;
/// <c>*</c>, <c>*/n</c>, lists, ranges, <c>a-b/n</c>, day and month names, <c>@hourly</c>/<c>@daily</c>/<c>@weekly</c>/<c>@monthly</c>).
/// Its job is one number: the longest gap between consecutive fire times, i.e. how old a backup may get.
/// </summary>
public static class CronSchedule
{
    private static readonly ConcurrentDictionary<string, TimeSpan?> Cache = new(StringComparer.Ordinal);

    // A Monday at midnight UTC; 9 weeks from it cover weekly schedules and July, a 31-day month.
    private static readonly DateTime ScanStart = new(2026, 6, 29, 0, 0, 0, DateTimeKind.Utc);
    private static readonly TimeSpan ScanLength = TimeSpan.FromDays(63);

    private static readonly string[] DayNames = ["SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"];
    private static readonly string[] MonthNames = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"];

    /// <summary>The longest gap between consecutive fire times; null when the expression cannot be read or fires less than twice in 9 weeks.</summary>
    public static TimeSpan? LongestGap(string? cron) =>
        string.IsNullOrWhiteSpace(cron) ? null : Cache.GetOrAdd(cron.Trim(), Compute);

    /// <summary>Whether the expression is a cron this evaluator understands.</summary>
    public static bool TryParse(string? cron, out Func<DateTime, bool> matches)
    {
        matches = _ => false;
        if (string.IsNullOrWhiteSpace(cron))
        {
            return false;
        }

        var fields = Expand(cron.Trim()).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (fields.Length != 5
            || Field(fields[0], 0, 59, null) is not { } minutes
            || Field(fields[1], 0, 23, null) is not { } hours
            || Field(fields[2], 1, 31, null) is not { } days
            || Field(fields[3], 1, 12, MonthNames) is not { } months
            || Field(fields[4], 0, 7, DayNames) is not { } weekdays)
        {
            return false;
        }

        // Cron's rule: when both day fields are restricted, either may match.
        var dayRestricted = fields[2] != "*";
        var weekdayRestricted = fields[4] != "*";
        if (weekdays.Contains(7))
        {
            weekdays.Add(0); // 7 is Sunday too.
        }

        matches = t =>
        {
            if (!minutes.Contains(t.Minute) || !hours.Contains(t.Hour) || !months.Contains(t.Month))
            {
                return false;
            }

            var dayMatch = days.Contains(t.Day);
            var weekdayMatch = weekdays.Contains((int)t.DayOfWeek);
            return dayRestricted && weekdayRestricted ? dayMatch || weekdayMatch : dayMatch && weekdayMatch;
        };
        return true;
    }

    private static TimeSpan? Compute(string cron)
    {
        if (!TryParse(cron, out var matches))
        {
            return null;
        }

        DateTime? previous = null;
        TimeSpan? longest = null;
        for (var t = ScanStart; t < ScanStart + ScanLength; t = t.AddMinutes(1))
        {
            if (!matches(t))
            {
                continue;
            }

            if (previous is { } p && (longest is null || t - p > longest))
            {
                longest = t - p;
            }

            previous = t;
        }

        return longest;
    }

    private static string Expand(string cron) => cron.ToLowerInvariant() switch
    {
        "@hourly" => "0 * * * *",
        "@daily" or "@midnight" => "0 0 * * *",
        "@weekly" => "0 0 * * 0",
        "@monthly" => "0 0 1 * *",
        "@yearly" or "@annually" => "0 0 1 1 *",
        _ => cron,
    };

    private static HashSet<int>? Field(string text, int min, int max, string[]? names)
    {
        var values = new HashSet<int>();
        foreach (var part in text.Split(','))
        {
            var slash = part.Split('/');
            if (slash.Length > 2)
            {
                return null;
            }

            var step = 1;
            if (slash.Length == 2 && (!int.TryParse(slash[1], NumberStyles.None, CultureInfo.InvariantCulture, out step) || step < 1))
            {
                return null;
            }

            int from, to;
            if (slash[0] is "*" or "?")
            {
                (from, to) = (min, max);
            }
            else
            {
                var dash = slash[0].Split('-');
                if (dash.Length > 2 || Value(dash[0], min, names) is not { } start)
                {
                    return null;
                }

                from = start;
                // "5/15" means from 5 to the end in steps of 15.
                to = dash.Length == 2 ? Value(dash[1], min, names) ?? -1 : slash.Length == 2 ? max : start;
            }

            if (from < min || to > max || to < from)
            {
                return null;
            }

            for (var v = from; v <= to; v += step)
            {
                values.Add(v);
            }
        }

        return values;
    }

    private static int? Value(string text, int min, string[]? names)
    {
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            return number;
        }

        var index = names is null ? -1 : Array.IndexOf(names, text.ToUpperInvariant());
        return index < 0 ? null : index + (min == 1 ? 1 : 0);
    }
}
