using System.Globalization;

namespace Dashboard.Kubernetes.Mapping;

/// <summary>Parses Go's time.Duration text ("1h2m3.5s", "250ms", "0s") as Flux writes it.</summary>
internal static class GoDuration
{
    private static readonly (string Unit, double Ticks)[] Units =
    [
        ("ns", TimeSpan.TicksPerMillisecond / 1_000_000.0),
        ("us", TimeSpan.TicksPerMillisecond / 1_000.0),
        ("µs", TimeSpan.TicksPerMillisecond / 1_000.0),
        ("ms", TimeSpan.TicksPerMillisecond),
        ("s", TimeSpan.TicksPerSecond),
        ("m", TimeSpan.TicksPerMinute),
        ("h", TimeSpan.TicksPerHour),
    ];

    public static bool TryParse(string text, out TimeSpan duration)
    {
        duration = TimeSpan.Zero;
        if (text == "0")
        {
            return true;
        }

        var ticks = 0.0;
        var position = 0;
        while (position < text.Length)
        {
            var start = position;
            while (position < text.Length && (char.IsAsciiDigit(text[position]) || text[position] == '.'))
            {
                position++;
            }

            if (start == position || !double.TryParse(text.AsSpan(start, position - start), NumberStyles.AllowDecimalPoint,
                    CultureInfo.InvariantCulture, out var value))
            {
                return false;
            }

            var unitStart = position;
            while (position < text.Length && !char.IsAsciiDigit(text[position]) && text[position] != '.')
            {
                position++;
            }

            var unit = text[unitStart..position];
            var match = Array.FindIndex(Units, u => u.Unit == unit);
            if (match < 0)
            {
                return false;
            }

            ticks += value * Units[match].Ticks;
        }

        if (ticks > TimeSpan.MaxValue.Ticks)
        {
            return false;
        }

        duration = TimeSpan.FromTicks((long)Math.Round(ticks));
        return position > 0;
    }
}
