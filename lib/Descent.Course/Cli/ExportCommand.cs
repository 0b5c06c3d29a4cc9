using System.CommandLine;
using Descent.Course.Engine;
using Descent.Course.Export;
using Spectre.Console;

namespace Descent.Course.Cli;

/// <summary>
/// <c>export apps [notebooks or folders...] [--output folder]</c>: writes each notebook as a C# file-based app
/// (<c>dotnet run lesson.cs</c>) to <c>artifacts/apps/</c>.
/// </summary>
internal static class ExportCommand
{
    /// <summary>Creates the command, writing to <paramref name="console"/>.</summary>
    public static Command Create(IAnsiConsole console)
    {
        var paths = new Argument<string[]>("notebooks")
        {
            Description = "Notebooks or folders to export (default: every lesson and assignment).",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var output = new Option<string?>("--output") { Description = "Folder for the apps (default: artifacts/apps/ at the repository root)." };
        var apps = new Command("apps", "Write each notebook as a C# file-based app: run it with `dotnet run <lesson>.cs`.\n" + ExitCodes.Description) { paths, output };
        apps.SetAction(parseResult => Execute(console, parseResult.GetValue(paths) ?? [], parseResult.GetValue(output)));
        return new Command("export", "Export the notebooks in another form.") { apps };
    }

    private static int Execute(IAnsiConsole console, string[] paths, string? output)
    {
        var root = RepositoryRoot.Locate();
        if ((paths.Length == 0 || output is null) && root is null)
        {
            console.MarkupLine($"[red]error:[/] no {RepositoryRoot.Marker} found above {Markup.Escape(Directory.GetCurrentDirectory())}; name the notebooks and --output");
            return ExitCodes.UsageError;
        }

        IReadOnlyList<string> missing = [];
        var notebooks = paths.Length > 0
            ? NotebookDiscovery.Expand(paths, out missing)
            : [.. NotebookDiscovery.Lessons(Path.Combine(root!, "notebooks")), .. NotebookDiscovery.Assignments(root!)];
        foreach (var path in missing)
        {
            console.MarkupLine($"[red]error:[/] {Markup.Escape(path)}: no such notebook or folder");
        }

        if (missing.Count > 0 || notebooks.Count == 0)
        {
            return ExitCodes.UsageError;
        }

        var folder = output ?? Path.Combine(root!, "artifacts", "apps");
        var failed = 0;
        foreach (var notebook in notebooks)
        {
            try
            {
                var app = AppExporter.Export(notebook, folder);
                console.MarkupLine($"ok {Markup.Escape(Path.GetFileName(notebook))}: {Markup.Escape(app)}");
            }
            catch (Exception e) when (e is ExportException or NotebookFormatException or IOException)
            {
                failed++;
                console.MarkupLine($"[red]error:[/] {Markup.Escape(e.Message)}");
            }
        }

        return failed == 0 ? ExitCodes.Success : ExitCodes.CellFailed;
    }
}
