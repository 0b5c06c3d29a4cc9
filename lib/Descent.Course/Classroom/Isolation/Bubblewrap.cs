using System.Diagnostics;

namespace Descent.Course.Classroom.Isolation;

/// <summary>The operating-system sandbox of a grading child: bubblewrap (<c>bwrap</c>, Debian package <c>bubblewrap</c>) with new
/// user, PID, mount, network, IPC, UTS and cgroup namespaces. The child sees a read-only runtime (<c>/usr</c>, the
/// <c>/bin</c> and <c>/lib</c> links, the .NET install), the read-only copy of the course tool, its own writable
/// sandbox folder (working directory and TMPDIR) and a private <c>/proc</c> and <c>/dev</c>: nothing of the teacher's
/// tree, the grader's process, the other students or the output folder. It runs as <c>nobody</c>, has no network,
/// and every process it starts dies with the namespace when the child ends or the grader dies.</summary>
public static class Bubblewrap
{
    private static readonly Lazy<(string? Path, string Problem)> Probe = new(ProbeOnce);

    /// <summary>The <c>bwrap</c> executable when it can create the namespaces here; null otherwise.</summary>
    public static string? Executable => Environment.GetEnvironmentVariable("DESCENT_NO_SANDBOX") == "1" ? null : Probe.Value.Path;

    /// <summary>Why there is no sandbox (empty when there is one).</summary>
    public static string Problem => Environment.GetEnvironmentVariable("DESCENT_NO_SANDBOX") == "1"
        ? "DESCENT_NO_SANDBOX=1 is set"
        : Probe.Value.Problem;

    // The namespaces, identity and file systems of every child; the probe tries exactly these.
    private static readonly string[] Isolation =
    [
        "--unshare-all", "--die-with-parent", "--new-session", "--cap-drop", "ALL",
        "--uid", "65534", "--gid", "65534", "--hostname", "grading",
        "--proc", "/proc", "--dev", "/dev", "--tmpfs", "/tmp",
    ];

    /// <summary>The bwrap arguments that run <paramref name="command"/> for one submission.</summary>
    public static IEnumerable<string> Arguments(string dotnetHost, string toolDirectory, Sandbox sandbox, IEnumerable<string> command) =>
        [.. Isolation, .. RuntimeMounts(dotnetHost), "--ro-bind", toolDirectory, toolDirectory, "--bind", sandbox.Root, sandbox.Root,
            "--chdir", sandbox.WorkingDirectory, "--", .. command];

    // /usr read-only; /bin, /lib, /lib64, /sbin as the links or folders they are; the .NET install when outside /usr.
    private static IEnumerable<string> RuntimeMounts(string dotnetHost)
    {
        var dotnetRoot = Path.GetDirectoryName(new FileInfo(dotnetHost).ResolveLinkTarget(true)?.FullName ?? dotnetHost)!;
        var tops = new[] { "/bin", "/sbin", "/lib", "/lib64", "/lib32" }.SelectMany(top => new DirectoryInfo(top) switch
        {
            { LinkTarget: { } target } => ["--symlink", target, top],
            { Exists: true } => ["--ro-bind", top, top],
            _ => Array.Empty<string>(),
        });
        return ["--ro-bind", "/usr", "/usr", .. tops, .. dotnetRoot.StartsWith("/usr/", StringComparison.Ordinal) ? [] : new[] { "--ro-bind", dotnetRoot, dotnetRoot }];
    }

    private static (string? Path, string Problem) ProbeOnce()
    {
        var path = !OperatingSystem.IsLinux() ? null : (Environment.GetEnvironmentVariable("PATH") ?? "/usr/bin:/bin").Split(':').Where(Path.IsPathRooted)
            .Append("/usr/bin").Select(folder => Path.Combine(folder, "bwrap")).FirstOrDefault(File.Exists);
        if (path is null)
        {
            return (null, OperatingSystem.IsLinux() ? "bwrap is not installed (Debian/Ubuntu: apt-get install bubblewrap)" : "bubblewrap runs on Linux only");
        }

        try
        {
            using var process = Process.Start(new ProcessStartInfo(path, [.. Isolation, .. RuntimeMounts("/usr/bin/true"), "--", "/usr/bin/true"])
            {
                RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false,
            })!;
            var error = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(10_000))
            {
                process.Kill(true);
                return (null, $"{path} did not answer within 10 s");
            }

            return process.ExitCode == 0 ? (path, "") : (null, $"{path} cannot create namespaces here: {error.Result.Trim()}");
        }
        catch (Exception exception) when (exception is System.ComponentModel.Win32Exception or IOException)
        {
            return (null, $"{path} could not be started: {exception.Message}");
        }
    }
}
