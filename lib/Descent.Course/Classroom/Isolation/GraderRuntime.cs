using System.Runtime.InteropServices;

namespace Descent.Course.Classroom.Isolation;

/// <summary>
/// A private copy of the course tool in a temporary folder, from which every grading child is started. The children
/// then learn nothing about where the course repository is from their own location (<c>AppContext.BaseDirectory</c>,
/// the command line). Deleted when disposed.
/// </summary>
public sealed class GraderRuntime : IDisposable
{
    private const string Prefix = "descent-grading-";
    private const string OwnerFile = "grader.pid";
    private readonly string _source;
    private readonly Dictionary<string, long> _manifest;
    private readonly object _gate = new();

    private GraderRuntime(string root, string source, string toolDirectory, string dotnetHost)
    {
        Root = root;
        _source = source;
        ToolDirectory = toolDirectory;
        DotnetHost = dotnetHost;
        _manifest = Manifest(toolDirectory);
    }

    /// <summary>The temporary folder that holds the copy and the sandboxes.</summary>
    public string Root { get; }

    /// <summary>The copy of the course tool.</summary>
    public string ToolDirectory { get; }

    /// <summary>The course tool's assembly in the copy.</summary>
    public string ToolAssembly => Path.Combine(ToolDirectory, ToolAssemblyName + ".dll");

    /// <summary>The <c>dotnet</c> executable that starts the children.</summary>
    public string DotnetHost { get; }

    private static string ToolAssemblyName => typeof(GraderRuntime).Assembly.GetName().Name!;

    /// <summary>Copies the course tool (the folder of this assembly, or <paramref name="toolDirectory"/>) to a new temporary folder.</summary>
    public static GraderRuntime Create(string? toolDirectory = null)
    {
        var source = toolDirectory ?? Path.GetDirectoryName(typeof(GraderRuntime).Assembly.Location)!;
        if (!File.Exists(Path.Combine(source, ToolAssemblyName + ".runtimeconfig.json")))
        {
            throw new FileNotFoundException($"{source}: the course tool's {ToolAssemblyName}.runtimeconfig.json is missing; build lib/Descent.Course first.");
        }

        RemoveAbandoned();
        var root = Directory.CreateTempSubdirectory(Prefix).FullName;
        File.WriteAllText(Path.Combine(root, OwnerFile), Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var target = Path.Combine(root, "tool");
        CopyTool(source, target);
        return new GraderRuntime(root, source, target, FindDotnet());
    }

    /// <summary>
    /// Copies the tool again when a file of the copy is gone or changed in size (in the weak mode a student's code can
    /// delete it; under bubblewrap it is read-only): the next submissions are graded with a whole tool.
    /// </summary>
    public void Repair()
    {
        lock (_gate)
        {
            if (Manifest(ToolDirectory).Count == _manifest.Count && _manifest.All(f => File.Exists(f.Key) && new FileInfo(f.Key).Length == f.Value))
            {
                return;
            }

            TryDelete(ToolDirectory);
            CopyTool(_source, ToolDirectory);
        }
    }

    private static Dictionary<string, long> Manifest(string folder) => Directory.Exists(folder)
        ? Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).ToDictionary(f => f, f => new FileInfo(f).Length)
        : [];

    // Folders left by a grader that was killed (SIGKILL, power loss): their owner's process is gone.
    private static void RemoveAbandoned()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        foreach (var folder in Directory.EnumerateDirectories(Path.GetTempPath(), Prefix + "*"))
        {
            var owner = Path.Combine(folder, OwnerFile);
            if (File.Exists(owner) && int.TryParse(File.ReadAllText(owner), out var pid) && !Directory.Exists($"/proc/{pid}"))
            {
                TryDelete(folder);
            }
        }
    }

    /// <inheritdoc />
    public void Dispose() => TryDelete(Root);

    /// <summary>Deletes a folder, retrying briefly (a killed child may still hold files for a moment).</summary>
    public static void TryDelete(string folder)
    {
        for (var attempt = 0; attempt < 5; attempt++)
        {
            try
            {
                if (Directory.Exists(folder))
                {
                    Directory.Delete(folder, recursive: true);
                }

                return;
            }
            catch (IOException)
            {
                Thread.Sleep(100 * (attempt + 1));
            }
            catch (UnauthorizedAccessException)
            {
                Thread.Sleep(100 * (attempt + 1));
            }
        }
    }

    private static void CopyTool(string source, string target)
    {
        Directory.CreateDirectory(target);
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            if (file.EndsWith(".pdb", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var destination = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }
    }

    // The dotnet host that runs this process: <dotnet root>/shared/Microsoft.NETCore.App/<version>/ -> <dotnet root>/dotnet.
    private static string FindDotnet()
    {
        var name = OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet";
        var runtimeDirectory = RuntimeEnvironment.GetRuntimeDirectory();
        var candidate = Path.GetFullPath(Path.Combine(runtimeDirectory, "..", "..", "..", name));
        if (File.Exists(candidate))
        {
            return candidate;
        }

        return Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : name;
    }
}
