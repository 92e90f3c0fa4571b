using Microsoft.Playwright;

namespace Dashboard.Browser.Tests;

/// <summary>Collects a page's console messages and page errors, to prove that the CSP blocks nothing the app needs.</summary>
public sealed class ConsoleWatch
{
    private readonly List<string> _messages = [];

    public ConsoleWatch(IPage page)
    {
        page.Console += (_, message) => Add($"{message.Type}: {message.Text}");
        page.PageError += (_, error) => Add("pageerror: " + error);
    }

    public IReadOnlyList<string> Messages
    {
        get
        {
            lock (_messages)
            {
                return [.. _messages];
            }
        }
    }

    public IReadOnlyList<string> CspViolations => Messages.Where(m => m.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase)).ToList();

    private void Add(string message)
    {
        lock (_messages)
        {
            _messages.Add(message);
        }
    }
}
