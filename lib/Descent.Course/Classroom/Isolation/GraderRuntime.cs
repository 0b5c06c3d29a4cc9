using System.Globalization;
using System.Runtime.InteropServices;

namespace Descent.Course.Classroom.Isolation;

/// <summary>A private copy of the course tool in a temporary folder, from which every grading child is started. The children
/// then learn nothing about where the course repository is from their own location (<c>AppContext.BaseDirectory</c>,
/// the command line). Deleted when disposed, with the sandboxes it holds.</summary>
public sealed class GraderRuntime : IDisposable
{
    private const string Prefix = "descent-grading-";
    private const string OwnerFile = "grader.pid";
    private static readonly string Source = Path.GetDirectoryName(typeof(GraderRuntime).Assembly.Location)!;
    private static readonly string ToolAssemblyName = typeof(GraderRuntime).Assembly.GetName().Name!;
    private readonly Dictionary<string, long> _manifest;

    private GraderRuntime(string root)
    {
        Root = root;
        ToolDirectory = Path.Combine(root, "tool");
        CopyTool();
        _manifest = Manifest(ToolDirectory);
    }

    /// <summary>The temporary folder that holds the copy and the sandboxes.</summary>
    public string Root { get; }

    /// <summary>The copy of the course tool.</summary>
    public string ToolDirectory { get; }

    /// <summary>The course tool's assembly in the copy.</summary>
    public string ToolAssembly => Path.Combine(ToolDirectory, ToolAssemblyName + ".dll");

    /// <summary>The <c>dotnet</c> executable that starts the children: the host that runs this process.</summary>
    public string DotnetHost { get; } = FindDotnet();

    /// <summary>Copies the course tool (the folder of this assembly) to a new temporary folder.</summary>
    public static GraderRuntime Create()
    {
        if (!File.Exists(Path.Combine(Source, ToolAssemblyName + ".runtimeconfig.json")))
        {
            throw new FileNotFoundException($"{Source}: the course tool's {ToolAssemblyName}.runtimeconfig.json is missing; build lib/Descent.Course first.");
        }

        // Folders left by a grader that was killed (SIGKILL, power loss): their owner's process is gone.
        foreach (var folder in OperatingSystem.IsLinux() ? Directory.EnumerateDirectories(Path.GetTempPath(), Prefix + "*") : [])
        {
            var owner = Path.Combine(folder, OwnerFile);
            if (File.Exists(owner) && int.TryParse(File.ReadAllText(owner), out var pid) && !Directory.Exists($"/proc/{pid}"))
            {
                TryDelete(folder);
            }
        }

        var root = Directory.CreateTempSubdirectory(Prefix).FullName;
        File.WriteAllText(Path.Combine(root, OwnerFile), Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
        return new GraderRuntime(root);
    }

    /// <summary>Copies the tool again when a file of the copy is gone or changed in size (in the weak mode a student's code can
    /// delete it; under bubblewrap it is read-only): the next submissions are graded with a whole tool.</summary>
    public void Repair()
    {
        lock (_manifest)
        {
            if (Manifest(ToolDirectory).Count != _manifest.Count || !_manifest.All(f => File.Exists(f.Key) && new FileInfo(f.Key).Length == f.Value))
            {
                TryDelete(ToolDirectory);
                CopyTool();
            }
        }
    }

    /// <summary>Deletes the copy and the sandboxes.</summary>
    public void Dispose() => TryDelete(Root);

    /// <summary>Deletes a folder, retrying briefly (a killed child may still hold files for a moment).</summary>
    public static void TryDelete(string folder)
    {
        for (var attempt = 0; attempt < 5 && Directory.Exists(folder); attempt++)
        {
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                Thread.Sleep(100 * (attempt + 1));
            }
        }
    }

    private static Dictionary<string, long> Manifest(string folder) => Directory.Exists(folder)
        ? Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).ToDictionary(f => f, f => new FileInfo(f).Length)
        : [];

    private void CopyTool()
    {
        foreach (var file in Directory.EnumerateFiles(Source, "*", SearchOption.AllDirectories).Where(f => !f.EndsWith(".pdb", StringComparison.OrdinalIgnoreCase)))
        {
            var destination = Path.Combine(ToolDirectory, Path.GetRelativePath(Source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }
    }

    // The dotnet host that runs this process: <dotnet root>/shared/Microsoft.NETCore.App/<version>/ -> <dotnet root>/dotnet.
    private static string FindDotnet()
    {
        var name = OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet";
        var candidate = Path.GetFullPath(Path.Combine(RuntimeEnvironment.GetRuntimeDirectory(), "..", "..", "..", name));
        return File.Exists(candidate) ? candidate
            : Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : name;
    }
}
