using System.Net;

namespace Dashboard.Kubernetes.Tests.Watching;

/// <summary>The response half of a recorded kube-wire sample: status, content type and body exactly as sent.</summary>
internal sealed record RecordedExchange(HttpStatusCode Status, string ContentType, string Body)
{
    public static RecordedExchange Load(string fileName)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "kube-wire", fileName);
        var lines = File.ReadAllLines(path);
        var response = Array.IndexOf(lines, "## Response");
        var status = (HttpStatusCode)int.Parse(lines[response + 1].Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture);
        var contentType = "application/json";
        var index = response + 2;
        for (; index < lines.Length && lines[index].Length > 0; index++)
        {
            if (lines[index].StartsWith("Content-Type:", StringComparison.OrdinalIgnoreCase))
            {
                contentType = lines[index]["Content-Type:".Length..].Trim();
            }
        }

        var body = lines.Skip(index + 1).ToList();
        var exact = body.FindIndex(l => l.StartsWith("### body exactly as sent", StringComparison.Ordinal));
        if (exact >= 0)
        {
            body = [body[exact + 1]];
        }

        return new RecordedExchange(status, contentType, string.Join('\n', body).TrimEnd() + "\n");
    }
}
