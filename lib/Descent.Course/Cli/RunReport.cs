using Descent.Course.Engine;
using Spectre.Console;

namespace Descent.Course.Cli;

/// <summary>Prints the summary table of a run and the details of every cell that did not succeed.</summary>
internal static class RunReport
{
    /// <summary>How many lines of a failing cell's source are shown.</summary>
    public const int SourceLinesShown = 3;

    /// <summary>The summary table: notebook, cells, charts drawn, seconds, status; then the total.</summary>
    public static void WriteSummary(IAnsiConsole console, RunOutcome outcome)
    {
        var table = new Table().Border(TableBorder.Rounded)
            .AddColumn("Notebook")
            .AddColumn(new TableColumn("Cells").RightAligned())
            .AddColumn(new TableColumn("Charts").RightAligned())
            .AddColumn(new TableColumn("Seconds").RightAligned())
            .AddColumn("Slowest cell")
            .AddColumn("Status");
        foreach (var run in outcome.Runs)
        {
            table.AddRow(
                Markup.Escape(run.Name),
                run.Cells.Count.ToString(),
                run.ChartCount.ToString(),
                run.Elapsed.TotalSeconds.ToString("0.0"),
                Slowest(run),
                Status(run));
        }

        var total = outcome.Runs.Sum(run => run.Elapsed.TotalSeconds);
        table.AddEmptyRow();
        table.AddRow(
            "[bold]Total[/]",
            outcome.Runs.Sum(run => run.Cells.Count).ToString(),
            outcome.Runs.Sum(run => run.ChartCount).ToString(),
            total.ToString("0.0"),
            "",
            $"{outcome.Runs.Count(run => run.Succeeded)}/{outcome.Runs.Count} passed");
        console.Write(table);
        console.MarkupLine($"Total time: [bold]{outcome.Elapsed.TotalSeconds:0.0} s[/]");
    }

    /// <summary>For each problem cell: notebook, cell number, the first lines of the cell and the error.</summary>
    public static void WriteProblems(IAnsiConsole console, RunOutcome outcome)
    {
        foreach (var error in outcome.InputErrors)
        {
            console.MarkupLine($"[red]error:[/] {Markup.Escape(error)}");
        }

        foreach (var run in outcome.Runs)
        {
            foreach (var cell in run.Problems.Where(cell => cell.Status != CellStatus.Skipped))
            {
                console.WriteLine();
                console.MarkupLine($"[red]{Markup.Escape(run.Name)}, cell {cell.CellNumber}: {Describe(cell.Status)}[/]");
                foreach (var line in FirstLines(cell.Cell.Source))
                {
                    console.MarkupLine($"  [grey]|[/] {Markup.Escape(line)}");
                }

                foreach (var line in (cell.Error ?? "").Split('\n'))
                {
                    console.MarkupLine($"  {Markup.Escape(line.TrimEnd('\r'))}");
                }
            }

            var skipped = run.Cells.Count(cell => cell.Status == CellStatus.Skipped);
            if (skipped > 0)
            {
                console.MarkupLine($"[yellow]{Markup.Escape(run.Name)}: {skipped} cell(s) after the timeout were not run.[/]");
            }
        }
    }

    private static string Slowest(NotebookRun run) =>
        run.Cells.MaxBy(cell => cell.Elapsed) is { Elapsed.TotalSeconds: > 0 } slowest
            ? $"{slowest.CellNumber} ({slowest.Elapsed.TotalSeconds:0.0} s)"
            : "";

    private static string Status(NotebookRun run)
    {
        if (run.Succeeded)
        {
            return "[green]ok[/]";
        }

        var failed = run.Cells.Count(cell => cell.Status == CellStatus.Failed);
        var timedOut = run.Cells.Count(cell => cell.Status == CellStatus.TimedOut);
        var parts = new List<string>();
        if (failed > 0)
        {
            parts.Add($"{failed} failed");
        }

        if (timedOut > 0)
        {
            parts.Add("timed out");
        }

        return $"[red]{string.Join(", ", parts)}[/]";
    }

    private static string Describe(CellStatus status) => status switch
    {
        CellStatus.TimedOut => "timed out",
        _ => "failed",
    };

    private static IEnumerable<string> FirstLines(string source)
    {
        var lines = source.Replace("\r\n", "\n").Split('\n');
        foreach (var line in lines.Take(SourceLinesShown))
        {
            yield return line;
        }

        if (lines.Length > SourceLinesShown)
        {
            yield return "...";
        }
    }
}
