using System.CommandLine;
using Descent.Course.Classroom.Isolation;
using Descent.Course.Classroom.Markers;
using Descent.Course.Engine;
using Spectre.Console;

namespace Descent.Course.Classroom;

/// <summary>The classroom commands of the course tool: <c>assign</c>, <c>grade</c> and the hidden <c>grade-one</c>.</summary>
public static class ClassroomCommands
{
    /// <summary>The commands, writing to <paramref name="console"/>.</summary>
    public static IEnumerable<Command> Create(IAnsiConsole console)
    {
        // grade-one: the child side of grading, started by grade, never by hand (ChildProtocol.RunChildAsync).
        var gradeOne = new Command(ChildProcessPlanRunner.ChildCommand, "Internal: grade one submission read from standard input.") { Hidden = true };
        gradeOne.SetAction(async (_, cancellationToken) =>
        {
            var exitCode = await ChildProtocol.RunChildAsync(Console.In, Console.OpenStandardOutput(), cancellationToken);

            // A cell that was abandoned after its time limit may still be running on another thread: end the process now.
            Environment.Exit(exitCode);
            return exitCode;
        });
        return [AssignCommand.Create(console), GradeCommand.Create(console), gradeOne];
    }

    /// <summary>The repository root (the current folder outside one): the default assignments and outputs are under it.</summary>
    internal static string Root => RepositoryRoot.Locate() ?? Directory.GetCurrentDirectory();

    /// <summary>Unless the command line has a <paramref name="problem"/> already, loads the source assignments it names (files, or
    /// folders of .ipynb files; by default notebooks/assignments under <see cref="Root"/>); prints a one-line error for the problem
    /// or for each assignment that cannot be loaded.</summary>
    internal static bool TryLoadAssignments(IAnsiConsole console, string? problem, IReadOnlyList<string> paths, out IReadOnlyList<AssignmentNotebook> assignments)
    {
        var errors = problem is null ? new List<string>() : [problem];
        var files = new List<string>();
        foreach (var path in problem is not null ? [] : paths.Count > 0 ? paths : [Path.Combine(Root, "notebooks", "assignments")])
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
                errors.Add($"{path}: no such assignment notebook or folder");
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
                errors.Add(exception.Message);
            }
        }

        if (errors.Count == 0 && loaded.Count == 0)
        {
            errors.Add("no assignment notebooks found");
        }

        if (loaded.GroupBy(a => a.FileName).FirstOrDefault(g => g.Count() > 1) is { } shared)
        {
            errors.Add($"two assignments share the file name {shared.Key}; students hand in by file name");
        }

        foreach (var error in errors)
        {
            console.MarkupLine($"[red]error:[/] {Markup.Escape(error)}");
        }

        assignments = loaded;
        return errors.Count == 0;
    }
}
