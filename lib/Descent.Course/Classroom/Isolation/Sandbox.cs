using System.Security.Cryptography;

namespace Descent.Course.Classroom.Isolation;

/// <summary>
/// A fresh folder for one submission under the grader's temporary folder, with a random name:
/// <c>&lt;random&gt;/work/&lt;folder&gt;/</c> is the child's working directory, the set-up files sit beside it as in the
/// course, and <c>&lt;random&gt;/tmp</c> is its TMPDIR. Deleted when disposed.
/// </summary>
public sealed class Sandbox : IDisposable
{
    private Sandbox(string root, string workingDirectory, string temp)
    {
        Root = root;
        WorkingDirectory = workingDirectory;
        Temp = temp;
    }

    /// <summary>The sandbox folder.</summary>
    public string Root { get; }

    /// <summary>The child's working directory (empty at start).</summary>
    public string WorkingDirectory { get; }

    /// <summary>The child's temporary folder.</summary>
    public string Temp { get; }

    /// <summary>Creates a sandbox under <paramref name="parent"/> from <paramref name="template"/>.</summary>
    public static Sandbox Create(string parent, SandboxTemplate template)
    {
        var root = Path.Combine(parent, Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)));
        var work = Path.Combine(root, "work");
        var workingDirectory = Path.Combine(work, template.WorkingFolderName);
        var temp = Path.Combine(root, "tmp");
        Directory.CreateDirectory(workingDirectory);
        Directory.CreateDirectory(temp);
        foreach (var file in template.Files)
        {
            var path = Path.Combine(work, file.RelativePath);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, file.Content);
        }

        return new Sandbox(root, workingDirectory, temp);
    }

    /// <inheritdoc />
    public void Dispose() => GraderRuntime.TryDelete(Root);
}
