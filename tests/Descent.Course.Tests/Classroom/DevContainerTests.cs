using System.Diagnostics;
using System.Text.Json;
using Descent.Course.Tests.Support;

namespace Descent.Course.Tests.Classroom;

[Trait("Category", "Slow")]
public class DevContainerTests
{
    private static string DevContainerFolder => Path.Combine(CourseFiles.Root, ".devcontainer");

    private static JsonElement Config()
    {
        var options = new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(DevContainerFolder, "devcontainer.json")), options);
        return document.RootElement.Clone();
    }

    [Fact]
    public void The_dev_container_is_debian_with_the_dotnet_10_sdk_chromium_bubblewrap_and_the_notebook_extensions()
    {
        var config = Config();
        Assert.Matches(@"^mcr\.microsoft\.com/devcontainers/base:(bookworm|trixie)$", config.GetProperty("image").GetString());
        Assert.Equal("10.0", config.GetProperty("features").GetProperty("ghcr.io/devcontainers/features/dotnet:2").GetProperty("version").GetString());
        Assert.Contains("apt-get install -y chromium bubblewrap", File.ReadAllText(Path.Combine(CourseFiles.Root, ".devcontainer", "post-create.sh")));
        var extensions = config.GetProperty("customizations").GetProperty("vscode").GetProperty("extensions")
            .EnumerateArray().Select(e => e.GetString()).ToList();
        Assert.Contains("ms-dotnettools.dotnet-interactive-vscode", extensions);
        Assert.Contains("ms-toolsai.jupyter", extensions);
        Assert.Contains("ms-dotnettools.csharp", extensions);
        Assert.Equal("bash .devcontainer/post-create.sh", config.GetProperty("postCreateCommand").GetString());
    }

    [Fact]
    public async Task The_post_create_command_on_a_clean_clone_leaves_a_lesson_runnable()
    {
        using var folder = new TempFolder();
        var clone = folder["course"];
        await RunAsync(folder.Path, "git", ["clone", "--quiet", CourseFiles.Root, clone], TimeSpan.FromMinutes(2));

        await RunAsync(clone, "bash", ["-c", Config().GetProperty("postCreateCommand").GetString()!], TimeSpan.FromMinutes(20));

        Assert.True(File.Exists(Path.Combine(clone, "lib", "Descent.Plots", "bin", "Debug", "net10.0", "Descent.Plots.dll")));
        var lesson = Directory.EnumerateFiles(Path.Combine(clone, "notebooks"), "00-*.ipynb").Single();
        var output = await RunAsync(clone, "dotnet",
            ["run", "--project", "lib/Descent.Course", "--no-build", "--", "run", lesson, "--no-book", "--output", folder["artifacts"]],
            TimeSpan.FromMinutes(10));
        Assert.Contains("1/1 passed", output);
        Assert.True(File.Exists(Path.Combine(folder["artifacts"], "notebooks", Path.GetFileName(lesson))));
    }

    private static async Task<string> RunAsync(string directory, string file, string[] arguments, TimeSpan limit)
    {
        var info = new ProcessStartInfo(file)
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(limit);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{file} {string.Join(' ', arguments)} did not finish within {limit}");
        }

        var text = await stdout + await stderr;
        Assert.True(process.ExitCode == 0, $"{file} {string.Join(' ', arguments)} exited with {process.ExitCode}:\n{text}");
        return text;
    }
}
