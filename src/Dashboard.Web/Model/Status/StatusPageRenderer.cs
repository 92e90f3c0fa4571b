using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace Dashboard.Web.Model.Status;

/// <summary>
/// The HTML of <c>/status</c>: no script, no inline style, every value encoded. It reloads itself with a meta refresh,
/// follows the system's dark mode through its stylesheet, and fits a phone screen.
/// </summary>
public static class StatusPageRenderer
{
    public const int RefreshSeconds = 30;
    public const string StylesheetPath = "/css/status.css";

    // Keeps "·" and "…" readable instead of numeric references, still encodes < > & " ' and control characters.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private static readonly (string Text, string Path)[] LivePages =
    [
        ("Overview", "/"), ("Apps", "/apps"), ("Certificates", "/certificates"), ("Volumes", "/volumes"), ("Activity", "/activity"),
    ];

    public static string Render(StatusPageModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var html = new StringBuilder(2048);
        html.Append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .Append("<meta name=\"color-scheme\" content=\"light dark\">")
            .Append("<meta http-equiv=\"refresh\" content=\"").Append(RefreshSeconds).Append("\">")
            .Append("<title>").Append(E(model.Verdict)).Append(" · Dashboard status</title>")
            .Append("<link rel=\"stylesheet\" href=\"").Append(StylesheetPath).Append("\">")
            .Append("<link rel=\"icon\" href=\"/icons/icon.svg\" type=\"image/svg+xml\">")
            .Append("<link rel=\"manifest\" href=\"/manifest.webmanifest\">")
            .Append("<link rel=\"apple-touch-icon\" href=\"/icons/apple-touch-icon.png\">")
            .Append("</head><body>");

        html.Append("<header class=\"verdict ").Append(E(model.Tone)).Append("\"><h1 data-testid=\"status-verdict\">")
            .Append(E(model.Verdict)).Append("</h1>")
            .Append("<p data-testid=\"status-freshness\" data-level=\"").Append(E(model.Freshness.Level.ToString().ToLowerInvariant())).Append("\">")
            .Append(E(model.Freshness.Text)).Append("</p>");
        html.Append("<p class=\"summary\"><a href=\"#problems\">").Append(Count(model.ProblemCount, "problem"))
            .Append("</a> · <a href=\"#certificates\">").Append(Count(model.Certificates.Count, "certificate")).Append(" expiring</a> · <a href=\"#volumes\">")
            .Append(Count(model.Volumes.Count, "volume")).Append(" not healthy</a></p>");
        foreach (var detail in model.Freshness.Details)
        {
            html.Append("<p class=\"detail\">").Append(E(detail)).Append("</p>");
        }

        html.Append("<p class=\"detail\">Data as of <time data-testid=\"status-time\" datetime=\"")
            .Append(E(model.DataTime.UtcDateTime.ToString("O", System.Globalization.CultureInfo.InvariantCulture))).Append("\">")
            .Append(E(Format.Timestamp(model.DataTime))).Append("</time>; refreshes every ").Append(RefreshSeconds).Append(" s</p></header><main>");

        Section(html, "problems", "Problems", model.Problems, "Nothing needs attention.", model.ProblemCount);
        if (model.MoreProblems > 0)
        {
            html.Append("<p class=\"more\"><a href=\"/\">").Append(model.MoreProblems).Append(" more on the Overview</a></p>");
        }

        Section(html, "certificates", "Certificates expiring soon", model.Certificates, "None within 14 days.", model.Certificates.Count);
        Section(html, "volumes", "Volumes not healthy", model.Volumes, "All volumes healthy.", model.Volumes.Count);

        html.Append("</main><nav>");
        foreach (var (text, path) in LivePages)
        {
            html.Append("<a href=\"").Append(path).Append("\">").Append(text).Append("</a>");
        }

        return html.Append("</nav></body></html>").ToString();
    }

    private static string Count(int count, string noun) => $"{count} {noun}{(count == 1 ? "" : "s")}";

    private static void Section(StringBuilder html, string id, string title, IReadOnlyList<StatusLine> lines, string whenEmpty, int total)
    {
        html.Append("<section id=\"").Append(id).Append("\" data-testid=\"status-").Append(id).Append("\"><h2>").Append(E(title));
        if (total > 0)
        {
            html.Append(" <span class=\"count\">").Append(total).Append("</span>");
        }

        html.Append("</h2>");
        if (lines.Count == 0)
        {
            html.Append("<p class=\"empty\">").Append(E(whenEmpty)).Append("</p></section>");
            return;
        }

        html.Append("<ul>");
        foreach (var line in lines)
        {
            html.Append("<li class=\"").Append(E(line.Tone)).Append("\">");
            var linked = line.Link.Length > 0;
            html.Append(linked ? "<a href=\"/" + E(line.Link) + "\">" : "<span>");
            html.Append("<b>").Append(E(line.Name)).Append("</b> ").Append(E(line.Title));
            html.Append(linked ? "</a>" : "</span>");
            if (line.Detail is { Length: > 0 } detail)
            {
                html.Append("<small>").Append(E(detail)).Append("</small>");
            }

            html.Append("</li>");
        }

        html.Append("</ul></section>");
    }

    private static string E(string value) => Encoder.Encode(value);
}
