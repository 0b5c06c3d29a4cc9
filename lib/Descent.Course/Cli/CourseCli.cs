using System.CommandLine;
using System.Text;
using Spectre.Console;

namespace Descent.Course.Cli;

/// <summary>The course tool's command line: <c>run</c> (and the commands other parts of the tool add).</summary>
public static class CourseCli
{
    /// <summary>Parses and runs a command line against the process's standard output; returns the exit code.</summary>
    public static Task<int> InvokeAsync(string[] args, CancellationToken cancellationToken = default) =>
        InvokeAsync(args, CreateStandardConsole(), cancellationToken);

    /// <summary>Parses and runs a command line, writing everything to <paramref name="console"/>; returns the exit code.</summary>
    public static async Task<int> InvokeAsync(string[] args, IAnsiConsole console, CancellationToken cancellationToken = default)
    {
        var root = new RootCommand("Descent course tool: run the notebooks, build and serve the book.\n" + ExitCodes.Description)
        {
            RunCommand.Create(console),
            ExportCommand.Create(console),
            ServeCommand.Create(console),
        };
        foreach (var command in Classroom.ClassroomCommands.Create(console))
        {
            root.Subcommands.Add(command);
        }

        var parseResult = root.Parse(args);
        if (parseResult.Errors.Count > 0)
        {
            console.MarkupLine($"[red]error:[/] {Markup.Escape(parseResult.Errors[0].Message)} (see --help)");
            return ExitCodes.UsageError;
        }

        var help = new StringWriter();
        var exitCode = await parseResult.InvokeAsync(new InvocationConfiguration { Output = help, Error = help }, cancellationToken);
        if (help.GetStringBuilder().Length > 0)
        {
            console.Write(new Text(help.ToString()));
        }

        return exitCode;
    }

    // The C# kernel redirects Console.Out while a cell runs, so the tool writes to the process's standard output
    // stream directly: cell output never mixes with progress, and progress never lands in a notebook.
    private static IAnsiConsole CreateStandardConsole()
    {
        var writer = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false)) { AutoFlush = true };
        var terminal = !Console.IsOutputRedirected;
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = terminal ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = terminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = terminal ? InteractionSupport.Yes : InteractionSupport.No,
        });
        console.Profile.Width = terminal ? Math.Max(80, Console.WindowWidth) : 160;
        return console;
    }
}
