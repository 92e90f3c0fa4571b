using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Dashboard.Bench.Results;

/// <summary>Writes results.md (the table) and results.json (the same figures for machines).</summary>
public static class ResultWriter
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.AllowNamedFloatingPointLiterals };

    public static void Write(RunReport report, string directory, IEnumerable<string> preamble)
    {
        Directory.CreateDirectory(directory);
        File.WriteAllText(Path.Combine(directory, "results.json"), JsonSerializer.Serialize(new
        {
            report.Command,
            report.StartedAt,
            DurationSeconds = Math.Round(report.Duration.TotalSeconds),
            report.Short,
            report.Environment,
            Figures = report.Figures.Select(f => new { f.Scenario, f.Name, f.Value, f.Unit, f.BaselineName, f.Baseline, f.Ratio, f.Goal, f.GoalMet, f.Note }),
            NotMeasured = report.Gaps,
        }, Json));

        var md = new StringBuilder();
        foreach (var line in preamble)
        {
            md.AppendLine(line);
        }

        md.AppendLine();
        md.AppendLine($"Run: {report.StartedAt:yyyy-MM-dd HH:mm} UTC, {report.Duration.TotalMinutes:0.0} min, command `{report.Command}`.");
        md.AppendLine();
        md.AppendLine("## Machine and load during the run");
        md.AppendLine();
        foreach (var line in report.Environment)
        {
            md.AppendLine("- " + line);
        }

        md.AppendLine();
        md.AppendLine("## Figures");
        md.AppendLine();
        md.AppendLine("Ratio = figure / baseline, both measured in this run. Goal column: ✅ met, ❌ missed.");
        md.AppendLine();
        md.AppendLine("| scenario | figure | value | baseline (same run) | ratio | goal | command |");
        md.AppendLine("|---|---|---|---|---|---|---|");
        foreach (var f in report.Figures)
        {
            var baseline = f.Baseline is { } b ? $"{RunReport.Format(b)} {(f.Unit is "req/h" or "pairs" or "rows" ? "" : f.Unit == "MiB/page" ? "MiB" : f.Unit)} — {f.BaselineName}" : f.BaselineName;
            var ratio = f.Ratio is { } r ? r.ToString("0.00", CultureInfo.InvariantCulture) : "–";
            var goal = f.Goal is null ? "" : $"{(f.GoalMet == true ? "✅" : "❌")} {f.Goal}";
            var name = f.Note is null ? f.Name : $"{f.Name} <br><sub>{f.Note}</sub>";
            md.AppendLine($"| {f.Scenario} | {Escape(name)} | {RunReport.Format(f.Value)} {f.Unit} | {Escape(baseline)} | {ratio} | {Escape(goal)} | `{ScenarioCommand(report, f.Scenario)}` |");
        }

        if (report.Gaps.Count > 0)
        {
            md.AppendLine();
            md.AppendLine("## Not measured");
            md.AppendLine();
            foreach (var gap in report.Gaps)
            {
                md.AppendLine($"- **{gap.Scenario}: {gap.What}** — not measured: {gap.Why}");
            }
        }

        if (report.Notes.Count > 0)
        {
            md.AppendLine();
            md.AppendLine("## Missed goals: what limits them, and a plan");
            md.AppendLine();
            foreach (var note in report.Notes)
            {
                md.AppendLine(note);
                md.AppendLine();
            }
        }

        File.WriteAllText(Path.Combine(directory, "results.md"), md.ToString());
    }

    private static string ScenarioCommand(RunReport report, string scenario)
    {
        var name = scenario.Split(' ')[1] switch
        {
            "micro" => "micro",
            "event" => "event",
            "cost" => "cost",
            "flood" => "flood",
            "scale" or "scale:" => "scale",
            "faults" => "faults",
            "soak" => "soak",
            _ => "",
        };
        return $"dotnet run -c Release --project bench/Dashboard.Bench --{(report.Short ? " --short" : "")} --scenario {name}";
    }

    private static string Escape(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
}
