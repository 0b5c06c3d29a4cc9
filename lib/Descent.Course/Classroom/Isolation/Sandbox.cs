using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Descent.Course.Classroom.Markers;

namespace Descent.Course.Classroom.Isolation;

/// <summary>A fresh folder for one submission under the grader's temporary folder, with a random name:
/// <c>&lt;random&gt;/work/&lt;folder&gt;/</c> is the child's working directory (empty at start), the files of the
/// <see cref="SandboxTemplate"/> sit beside it as in the course, and <c>&lt;random&gt;/tmp</c> is its TMPDIR. Deleted
/// when disposed.</summary>
public sealed record Sandbox(string Root, string WorkingDirectory) : IDisposable
{
    /// <summary>The child's temporary folder.</summary>
    public string Temp => Path.Combine(Root, "tmp");

    /// <summary>Creates a sandbox under <paramref name="parent"/> from <paramref name="template"/>.</summary>
    public static Sandbox Create(string parent, SandboxTemplate template)
    {
        var root = Path.Combine(parent, Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)));
        var work = Path.Combine(root, "work");
        var sandbox = new Sandbox(root, Path.Combine(work, template.WorkingFolderName));
        Directory.CreateDirectory(sandbox.WorkingDirectory);
        Directory.CreateDirectory(sandbox.Temp);
        foreach (var (relativePath, content) in template.Files)
        {
            var path = Path.Combine(work, relativePath);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, content);
        }

        return sandbox;
    }

    /// <summary>Deletes the sandbox.</summary>
    public void Dispose() => GraderRuntime.TryDelete(Root);
}

/// <summary>What a grading sandbox holds besides the (empty) working folder, named <see cref="WorkingFolderName"/> after the
/// source notebook's folder: copies of the files the assignment's set-up cell imports (<c>#!import ../setup.dib</c>),
/// at the same place relative to the working folder (<see cref="Files"/>' paths are relative to its parent). Nothing
/// else of the course repository is copied: not the assignment, not its neighbours, not the gradebook. In the copies,
/// a package reference <c>#r "nuget: Id, version"</c> whose assembly ships with the course tool becomes a reference to
/// that assembly, which saves a package restore (seconds) in every grading process; the code compiles against the
/// same assemblies either way.</summary>
public sealed partial record SandboxTemplate(string WorkingFolderName, IReadOnlyList<(string RelativePath, byte[] Content)> Files)
{
    /// <summary>The template for grading <paramref name="source"/> with the course tool in <paramref name="toolDirectory"/>.</summary>
    /// <exception cref="InvalidOperationException">An import is missing or lies outside the notebook's folder and its parent.</exception>
    public static SandboxTemplate For(AssignmentNotebook source, string toolDirectory)
    {
        var folder = Path.GetDirectoryName(source.Path)!;
        var parent = Path.GetDirectoryName(folder) ?? folder;
        var files = new List<(string, byte[])>();
        foreach (var import in (source.Setup?.Lines ?? []).Select(line => ImportLine().Match(line)).Where(m => m.Success).Select(m => m.Groups["path"].Value))
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

            var text = NugetReference().Replace(File.ReadAllText(full), match =>
            {
                var assembly = Path.Combine(toolDirectory, match.Groups["id"].Value + ".dll");
                return File.Exists(assembly) ? $"{match.Groups["indent"].Value}#r \"{assembly}\"" : match.Value;
            });
            files.Add((relative, Encoding.UTF8.GetBytes(text)));
        }

        return new SandboxTemplate(Path.GetFileName(folder), files);
    }

    [GeneratedRegex(@"^(?<indent>[ \t]*)#r\s+""nuget:\s*(?<id>[\w.\-]+)\s*(,[^""]*)?""[ \t]*$", RegexOptions.Multiline)]
    private static partial Regex NugetReference();

    [GeneratedRegex(@"^\s*#!import\s+""?(?<path>[^""]+?)""?\s*$")]
    private static partial Regex ImportLine();
}
