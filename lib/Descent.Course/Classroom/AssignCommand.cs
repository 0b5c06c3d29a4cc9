using System.CommandLine;
using Descent.Course.Classroom.Release;
using Descent.Course.Engine;
using Spectre.Console;

namespace Descent.Course.Classroom;

/// <summary><c>assign &lt;notebooks or folders...&gt; [--output folder] [--timeout seconds] [--no-validate]</c>: checks each source
/// assignment and writes its student release (stubs for solutions, hidden tests removed, outputs cleared).</summary>
public static class AssignCommand
{
    public static Command Create(IAnsiConsole console)
    {
        var sources = new Argument<string[]>("assignments") { Description = "Source assignment notebooks, or folders of them (default: notebooks/assignments).", Arity = ArgumentArity.ZeroOrMore };
        var output = new Option<string?>("--output") { Description = "Folder for the release (default: artifacts/release at the repository root)." };
        var timeout = new Option<int>("--timeout") { Description = "Seconds a single cell may run while checking.", DefaultValueFactory = _ => 180 };
        var noValidate = new Option<bool>("--no-validate") { Description = "Write the release without running the solution and the release." };
        var command = new Command("assign",
            "Check source assignments and write the student release: solutions become stubs that throw NotImplementedException " +
            "with the hint, hidden tests are removed, outputs are cleared. Checks: the solution passes every test; the release, " +
            "handed in unchanged, fails every graded test.\n" + ExitCodes.Description)
        {
            sources, output, timeout, noValidate,
        };
        command.SetAction((parse, cancellationToken) =>
            ExecuteAsync(console, parse.GetValue(sources) ?? [], parse.GetValue(output), parse.GetValue(timeout), !parse.GetValue(noValidate), cancellationToken));
        return command;
    }

    private static async Task<int> ExecuteAsync(IAnsiConsole console, string[] paths, string? output, int timeoutSeconds, bool validate, CancellationToken cancellationToken)
    {
        var usage = timeoutSeconds <= 0 ? $"--timeout must be a positive number of seconds, not {timeoutSeconds}" : null;
        if (!ClassroomCommands.TryLoadAssignments(console, usage, paths, out var assignments))
        {
            return ExitCodes.UsageError;
        }

        var folder = Path.GetFullPath(output ?? Path.Combine(ClassroomCommands.Root, "artifacts", "release"));
        var options = new NotebookRunOptions { CellTimeout = TimeSpan.FromSeconds(timeoutSeconds) };
        var table = new Table().Border(TableBorder.Rounded)
            .AddColumn("Assignment").AddColumn(new TableColumn("Tests").RightAligned()).AddColumn(new TableColumn("Hidden").RightAligned())
            .AddColumn(new TableColumn("Points").RightAligned()).AddColumn("Checks").AddColumn("Release");
        var failed = false;
        foreach (var assignment in assignments)
        {
            var release = ReleaseBuilder.Build(assignment);
            var problems = validate
                ? await console.Status().StartAsync($"Checking {Markup.Escape(assignment.Name)}…", _ => ReleaseBuilder.CheckAsync(assignment, release, options, cancellationToken))
                : [];
            var written = "[red]not written[/]";

            if (problems.Count == 0)
            {
                Directory.CreateDirectory(folder);
                var path = Path.Combine(folder, assignment.FileName);
                await File.WriteAllTextAsync(path, release.ToJson(), cancellationToken);
                written = Markup.Escape(path);
            }

            foreach (var problem in problems)
            {
                console.MarkupLine($"[red]error:[/] {Markup.Escape(problem)}");
            }

            failed |= problems.Count > 0;
            table.AddRow(Markup.Escape(assignment.Name), assignment.Tests.Count.ToString(), assignment.Tests.Count(t => t.Hidden.Count > 0).ToString(),
                assignment.MaxPoints.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture),
                !validate ? "[grey]skipped[/]" : problems.Count == 0 ? "[green]passed[/]" : $"[red]{problems.Count} failed[/]", written);
        }

        console.Write(table);
        return failed ? ExitCodes.CellFailed : ExitCodes.Success;
    }
}
