using Descent.Course.Engine;
using Descent.Course.Classroom.Markers;
using Spectre.Console;

namespace Descent.Course.Classroom.Commands;

/// <summary>Finds and loads the source assignments named on a command line (files or folders of .ipynb files).</summary>
internal static class AssignmentSources
{
    /// <summary>The default folder, relative to the repository root.</summary>
    public static readonly string DefaultFolder = Path.Combine("notebooks", "assignments");

    /// <summary>Loads every named assignment, printing a one-line error for each that cannot be loaded.</summary>
    public static bool TryLoad(IAnsiConsole console, IReadOnlyList<string> paths, string root, out IReadOnlyList<AssignmentNotebook> assignments)
    {
        var files = new List<string>();
        var ok = true;
        foreach (var path in paths.Count > 0 ? paths : [Path.Combine(root, DefaultFolder)])
        {
            if (File.Exists(path))
            {
                files.Add(Path.GetFullPath(path));
            }
            else if (Directory.Exists(path))
            {
                files.AddRange(Directory.EnumerateFiles(path, "*.ipynb").Order(StringComparer.Ordinal).Select(Path.GetFullPath));
            }
            else
            {
                console.MarkupLine($"[red]error:[/] {Markup.Escape(path)}: no such assignment notebook or folder");
                ok = false;
            }
        }

        var loaded = new List<AssignmentNotebook>();
        foreach (var file in files.Distinct())
        {
            try
            {
                loaded.Add(AssignmentNotebook.Load(file));
            }
            catch (Exception exception) when (exception is AssignmentFormatException or NotebookFormatException or IOException or InvalidOperationException)
            {
                console.MarkupLine($"[red]error:[/] {Markup.Escape(exception.Message)}");
                ok = false;
            }
        }

        if (ok && loaded.Count == 0)
        {
            console.MarkupLine("[red]error:[/] no assignment notebooks found");
            ok = false;
        }

        var names = loaded.GroupBy(a => a.FileName).FirstOrDefault(g => g.Count() > 1);
        if (names is not null)
        {
            console.MarkupLine($"[red]error:[/] two assignments share the file name {Markup.Escape(names.Key)}; students hand in by file name");
            ok = false;
        }

        assignments = loaded;
        return ok;
    }
}
