using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Dashboard.Web.Tests.ExternalClients;

/// <summary>
/// A strict reader of the Prometheus text format 0.0.4 for the tests: every line must be a HELP, a TYPE (before the
/// family's samples, once) or a sample of a declared family; label values are unescaped.
/// </summary>
internal static partial class PrometheusTextParser
{
    public sealed record SampleLine(string Name, IReadOnlyDictionary<string, string> Labels, double Value);

    public static IReadOnlyList<SampleLine> Parse(string text)
    {
        Assert.EndsWith("\n", text, StringComparison.Ordinal);
        var declared = new Dictionary<string, string>(StringComparer.Ordinal);
        var helped = new HashSet<string>(StringComparer.Ordinal);
        var samples = new List<SampleLine>();
        foreach (var line in text[..^1].Split('\n'))
        {
            if (HelpLine().Match(line) is { Success: true } help)
            {
                Assert.True(helped.Add(help.Groups[1].Value), $"second HELP for {help.Groups[1].Value}");
            }
            else if (TypeLine().Match(line) is { Success: true } type)
            {
                Assert.True(declared.TryAdd(type.Groups[1].Value, type.Groups[2].Value), $"second TYPE for {type.Groups[1].Value}");
                Assert.DoesNotContain(samples, s => s.Name == type.Groups[1].Value);
            }
            else
            {
                var sample = ParseSample(line);
                Assert.True(declared.ContainsKey(sample.Name), $"sample of undeclared family: {line}");
                Assert.Contains(sample.Name, helped);
                samples.Add(sample);
            }
        }

        return samples;
    }

    private static SampleLine ParseSample(string line)
    {
        var name = MetricName().Match(line);
        Assert.True(name.Success, $"not a sample line: '{line}'");
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        var i = name.Length;
        if (i < line.Length && line[i] == '{')
        {
            i++;
            while (line[i] != '}')
            {
                var labelName = LabelName().Match(line, i);
                Assert.True(labelName.Success && labelName.Index == i, $"bad label name at {i}: '{line}'");
                i += labelName.Length;
                Assert.Equal("=\"", line.Substring(i, 2));
                i += 2;
                var value = new StringBuilder();
                while (line[i] != '"')
                {
                    if (line[i] == '\\')
                    {
                        i++;
                        value.Append(line[i] switch
                        {
                            'n' => '\n',
                            '\\' => '\\',
                            '"' => '"',
                            _ => throw new InvalidOperationException($"bad escape \\{line[i]} in '{line}'"),
                        });
                    }
                    else
                    {
                        value.Append(line[i]);
                    }

                    i++;
                }

                i++;
                Assert.True(labels.TryAdd(labelName.Value, value.ToString()), $"label {labelName.Value} twice: '{line}'");
                if (line[i] == ',')
                {
                    i++;
                }
            }

            i++;
        }

        Assert.Equal(' ', line[i]);
        var number = line[(i + 1)..];
        var parsed = number switch
        {
            "+Inf" => double.PositiveInfinity,
            "-Inf" => double.NegativeInfinity,
            "NaN" => double.NaN,
            _ => double.Parse(number, NumberStyles.Float, CultureInfo.InvariantCulture),
        };
        return new SampleLine(name.Value, labels, parsed);
    }

    [GeneratedRegex(@"^# HELP ([a-zA-Z_:][a-zA-Z0-9_:]*) [^\n]*$")]
    private static partial Regex HelpLine();

    [GeneratedRegex(@"^# TYPE ([a-zA-Z_:][a-zA-Z0-9_:]*) (counter|gauge|histogram|summary|untyped)$")]
    private static partial Regex TypeLine();

    [GeneratedRegex(@"^[a-zA-Z_:][a-zA-Z0-9_:]*")]
    private static partial Regex MetricName();

    [GeneratedRegex(@"[a-zA-Z_][a-zA-Z0-9_]*")]
    private static partial Regex LabelName();
}
