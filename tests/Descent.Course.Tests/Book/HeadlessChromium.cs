using System.Diagnostics;
using System.Text;

namespace Descent.Course.Tests.Book;

/// <summary>Runs Chromium headless on local files: DOM dumps and screenshots.</summary>
internal static class HeadlessChromium
{
    /// <summary>The environment variable that names the browser to use.</summary>
    public const string Variable = "DESCENT_CHROMIUM";

    private static readonly string[] Names = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome"];

    /// <summary>The browser: <see cref="Variable"/> if set, else the first of the usual names on PATH; null when none is found.</summary>
    public static string? ExecutablePath { get; } = Find();

    private static string? Find()
    {
        if (Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } named)
        {
            return named;
        }

        var folders = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        return Names.SelectMany(name => folders.Select(folder => Path.Combine(folder, name))).FirstOrDefault(File.Exists);
    }

    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(3);

    /// <summary>Fails with an explanation when the browser is not installed.</summary>
    public static void RequireInstalled()
    {
        if (ExecutablePath is null || !File.Exists(ExecutablePath))
        {
            Assert.Fail($"No Chromium found ({Variable}={Environment.GetEnvironmentVariable(Variable)}; on PATH: none of {string.Join(", ", Names)}). "
                        + $"The book's browser tests need one: on Debian `apt-get install -y chromium` (the dev container installs it), or set {Variable} to a Chromium or Chrome executable.");
        }
    }

    /// <summary>
    /// The page's DOM after its scripts ran for up to <paramref name="virtualTimeMilliseconds"/> of virtual time, with
    /// extra browser <paramref name="flags"/> (e.g. <c>--force-dark-mode</c>, a system set to dark).
    /// </summary>
    public static string DumpDom(string file, string query, int virtualTimeMilliseconds = 10_000, params string[] flags) =>
        Run([.. flags, "--virtual-time-budget=" + virtualTimeMilliseconds, "--dump-dom", FileUrl(file) + query]).Output;

    /// <summary>Saves a PNG of the page as a 1280 × <paramref name="height"/> window shows it.</summary>
    public static void Screenshot(string file, string pngPath, int height = 1600, int virtualTimeMilliseconds = 10_000, string query = "")
    {
        Directory.CreateDirectory(Path.GetDirectoryName(pngPath)!);
        File.Delete(pngPath);
        var run = Run(["--virtual-time-budget=" + virtualTimeMilliseconds, "--hide-scrollbars", $"--window-size=1280,{height}", "--screenshot=" + pngPath, FileUrl(file) + query]);
        Assert.True(File.Exists(pngPath), $"chromium wrote no screenshot to {pngPath}:\n{run.Error}");
    }

    private static string FileUrl(string file) => new Uri(Path.GetFullPath(file)).AbsoluteUri;

    private static (string Output, string Error) Run(IReadOnlyList<string> arguments)
    {
        RequireInstalled();
        var profile = TestPaths.NewTemporaryFolder("descent-chromium-profile");
        try
        {
            var start = new ProcessStartInfo(ExecutablePath!)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var flag in new[]
                     {
                         "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                         "--disable-background-networking", "--disable-component-update", "--disable-sync",
                         "--disable-dev-shm-usage", "--user-data-dir=" + profile,
                     }.Concat(arguments))
            {
                start.ArgumentList.Add(flag);
            }

            using var process = Process.Start(start) ?? throw new InvalidOperationException($"{ExecutablePath} did not start.");
            var output = new StringBuilder();
            var error = new StringBuilder();
            process.OutputDataReceived += (_, e) => { if (e.Data is not null) { lock (output) { output.AppendLine(e.Data); } } };
            process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { lock (error) { error.AppendLine(e.Data); } } };
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            if (!process.WaitForExit(Timeout))
            {
                process.Kill(entireProcessTree: true);
                Assert.Fail($"chromium did not finish within {Timeout.TotalMinutes} minutes: {string.Join(' ', arguments)}\n{error}");
            }

            process.WaitForExit();
            return (output.ToString(), error.ToString());
        }
        finally
        {
            TryDelete(profile);
        }
    }

    private static void TryDelete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A crash handler may still hold the profile for a moment; it is only a temporary folder.
        }
    }
}
