using System.Globalization;

namespace Dashboard.Sandbox.Kubernetes.Http;

/// <summary>kubectl's age format (k8s.io/apimachinery duration.HumanDuration).</summary>
internal static class HumanDuration
{
    public static string Format(TimeSpan d)
    {
        var c = CultureInfo.InvariantCulture;
        if (d < TimeSpan.FromSeconds(-1))
        {
            return "<invalid>";
        }

        if (d < TimeSpan.Zero)
        {
            return "0s";
        }

        if (d < TimeSpan.FromMinutes(2))
        {
            return ((long)d.TotalSeconds).ToString(c) + "s";
        }

        if (d < TimeSpan.FromMinutes(10))
        {
            return d.Seconds == 0 ? $"{(long)d.TotalMinutes}m" : $"{(long)d.TotalMinutes}m{d.Seconds}s";
        }

        if (d < TimeSpan.FromHours(3))
        {
            return ((long)d.TotalMinutes).ToString(c) + "m";
        }

        if (d < TimeSpan.FromHours(8))
        {
            return d.Minutes == 0 ? $"{(long)d.TotalHours}h" : $"{(long)d.TotalHours}h{d.Minutes}m";
        }

        if (d < TimeSpan.FromHours(48))
        {
            return ((long)d.TotalHours).ToString(c) + "h";
        }

        if (d < TimeSpan.FromDays(8))
        {
            return d.Hours == 0 ? $"{(long)d.TotalDays}d" : $"{(long)d.TotalDays}d{d.Hours}h";
        }

        if (d < TimeSpan.FromDays(365 * 2))
        {
            return ((long)d.TotalDays).ToString(c) + "d";
        }

        var years = (long)(d.TotalDays / 365);
        return years < 8 ? $"{years}y{(long)(d.TotalDays % 365)}d" : $"{years}y";
    }
}
