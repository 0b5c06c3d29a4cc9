using System.Text.RegularExpressions;
using Descent.Course.Classroom.Markers;

namespace Descent.Course.Classroom.Isolation;

/// <summary>
/// What a grading sandbox holds besides the (empty) working folder: copies of the files the assignment's set-up cell
/// imports (<c>#!import ../setup.dib</c>), at the same place relative to the working folder. Nothing else of the
/// course repository is copied: not the assignment, not its neighbours, not the gradebook. In the copies, a package
/// reference <c>#r "nuget: Id, version"</c> whose assembly ships with the course tool becomes a reference to that
/// assembly, which saves a package restore (seconds) in every grading process; the code compiles against the same
/// assemblies either way.
/// </summary>
public sealed partial class SandboxTemplate
{
    private SandboxTemplate(string workingFolderName, IReadOnlyList<SandboxFile> files)
    {
        WorkingFolderName = workingFolderName;
        Files = files;
    }

    /// <summary>The name of the working folder (the source notebook's folder name, e.g. "assignments").</summary>
    public string WorkingFolderName { get; }

    /// <summary>The files, with paths relative to the working folder's parent.</summary>
    public IReadOnlyList<SandboxFile> Files { get; }

    /// <summary>The template for grading <paramref name="source"/> with the course tool in <paramref name="toolDirectory"/>.</summary>
    /// <exception cref="InvalidOperationException">An import is missing or lies outside the notebook's folder and its parent.</exception>
    public static SandboxTemplate For(AssignmentNotebook source, string toolDirectory)
    {
        var folder = Path.GetDirectoryName(source.Path)!;
        var parent = Path.GetDirectoryName(folder) ?? folder;
        var files = new List<SandboxFile>();
        foreach (var import in Imports(source))
        {
            var full = Path.GetFullPath(Path.Combine(folder, import));
            var relative = Path.GetRelativePath(parent, full);
            if (Path.IsPathRooted(import) || relative.StartsWith("..", StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"{source.Path}: the set-up cell imports \"{import}\", outside the notebook's folder and its parent; graders copy only those.");
            }

            if (!File.Exists(full))
            {
                throw new InvalidOperationException($"{source.Path}: the set-up cell imports \"{import}\", which does not exist ({full}).");
            }

            files.Add(new SandboxFile(relative, System.Text.Encoding.UTF8.GetBytes(WithLocalPackages(File.ReadAllText(full), toolDirectory))));
        }

        return new SandboxTemplate(Path.GetFileName(folder), files);
    }

    private static IEnumerable<string> Imports(AssignmentNotebook source) =>
        source.Setup is null
            ? []
            : source.Setup.Lines.Select(line => ImportLine().Match(line)).Where(m => m.Success).Select(m => m.Groups["path"].Value);

    /// <summary><paramref name="text"/> with each <c>#r "nuget: Id, version"</c> line whose Id.dll is in <paramref name="toolDirectory"/> referencing that file.</summary>
    public static string WithLocalPackages(string text, string toolDirectory) =>
        NugetReference().Replace(text, match =>
        {
            var assembly = Path.Combine(toolDirectory, match.Groups["id"].Value + ".dll");
            return File.Exists(assembly) ? $"{match.Groups["indent"].Value}#r \"{assembly}\"" : match.Value;
        });

    [GeneratedRegex(@"^(?<indent>[ \t]*)#r\s+""nuget:\s*(?<id>[\w.\-]+)\s*(,[^""]*)?""[ \t]*$", RegexOptions.Multiline)]
    private static partial Regex NugetReference();

    [GeneratedRegex(@"^\s*#!import\s+""?(?<path>[^""]+?)""?\s*$")]
    private static partial Regex ImportLine();
}

/// <summary>A file copied into every sandbox.</summary>
/// <param name="RelativePath">Path relative to the working folder's parent.</param>
/// <param name="Content">The bytes.</param>
public sealed record SandboxFile(string RelativePath, byte[] Content);
