using Descent.Course.Cli;
using Spectre.Console;

namespace Descent.Course.Tests.Support;

/// <summary>Runs the course tool's command line in-process and captures what it prints.</summary>
public static class CliHarness
{
    /// <summary>The exit code and the plain text the tool printed.</summary>
    public sealed record Result(int ExitCode, string Output);

    /// <summary>Invokes <see cref="CourseCli.InvokeAsync(string[], IAnsiConsole, CancellationToken)"/> with <paramref name="args"/>.</summary>
    public static async Task<Result> RunAsync(params string[] args)
    {
        var writer = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        console.Profile.Width = 240;
        var exitCode = await CourseCli.InvokeAsync(args, console);
        return new Result(exitCode, writer.ToString());
    }
}
