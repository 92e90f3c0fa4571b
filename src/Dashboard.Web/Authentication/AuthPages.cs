using System.Text.Encodings.Web;

namespace Dashboard.Web.Authentication;

/// <summary>The few plain pages of the login flow: no Blazor, no circuit, readable on a phone in dark mode.</summary>
internal static class AuthPages
{
    public static IResult Render(string title, string bodyHtml, int statusCode = StatusCodes.Status200OK) =>
        Results.Content(
            $$"""
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="color-scheme" content="light dark"><title>{{Encode(title)}} · Dashboard</title>
            <style>body{font-family:system-ui,sans-serif;max-width:32rem;margin:3rem auto;padding:0 1rem;line-height:1.5}
            button,a.button{font-size:1rem;padding:.6rem 1.2rem;min-height:44px}</style></head>
            <body><h1>{{Encode(title)}}</h1>{{bodyHtml}}</body></html>
            """,
            "text/html; charset=utf-8",
            statusCode: statusCode);

    public static string Encode(string value) => HtmlEncoder.Default.Encode(value);
}
