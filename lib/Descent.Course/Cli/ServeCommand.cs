using System.CommandLine;
using Descent.Course.Book;
using Spectre.Console;

namespace Descent.Course.Cli;

/// <summary>
/// <c>serve [--book folder] [--port N] [--runner folder]</c>: serves the built book on 127.0.0.1 with the browser
/// runner, so that every code cell of the book can be edited and run in the page. Builds the runner first unless
/// <c>--runner</c> names a published one.
/// </summary>
internal static class ServeCommand
{
    /// <summary>Creates the command, writing to <paramref name="console"/>.</summary>
    public static Command Create(IAnsiConsole console)
    {
        var book = new Option<string?>("--book") { Description = "The built book (default: artifacts/book/ at the repository root; `run` writes it)." };
        var port = new Option<int>("--port") { Description = "Port on 127.0.0.1 (0: any free port).", DefaultValueFactory = _ => 8000 };
        port.Validators.Add(result =>
        {
            if (result.Tokens is [var token] && int.TryParse(token.Value, out var value) && value is < 0 or > 65535)
            {
                result.AddError($"--port must be between 0 and 65535, not {value}.");
            }
        });
        var runner = new Option<string?>("--runner") { Description = "A published runner's wwwroot (default: publish lib/Descent.Browser into artifacts/runner/)." };
        var command = new Command("serve", "Serve the book on 127.0.0.1 with the C# runner: edit and run every code cell in the browser.\n" + ExitCodes.Description) { book, port, runner };
        command.SetAction((parseResult, cancellationToken) =>
            ExecuteAsync(console, parseResult.GetValue(book), parseResult.GetValue(port), parseResult.GetValue(runner), cancellationToken));
        return command;
    }

    private static async Task<int> ExecuteAsync(IAnsiConsole console, string? book, int port, string? runner, CancellationToken cancellationToken)
    {
        var root = RepositoryRoot.Locate();
        if ((book is null || runner is null) && root is null)
        {
            console.MarkupLine($"[red]error:[/] no {RepositoryRoot.Marker} found above {Markup.Escape(Directory.GetCurrentDirectory())}; name --book and --runner");
            return ExitCodes.UsageError;
        }

        book ??= Path.Combine(root!, "artifacts", "book");
        if (!File.Exists(Path.Combine(book, "index.html")))
        {
            console.MarkupLine($"[red]error:[/] no book in {Markup.Escape(Path.GetFullPath(book))}: build it with `dotnet run --project lib/Descent.Course -- run`");
            return ExitCodes.UsageError;
        }

        if (runner is null)
        {
            console.MarkupLine("Building the browser runner (the first time takes a few minutes)...");
            try
            {
                runner = BookServer.PublishRunner(root!, Path.Combine(root!, "artifacts", "runner"));
            }
            catch (InvalidOperationException e)
            {
                console.MarkupLine($"[red]error:[/] {Markup.Escape(e.Message)}");
                return ExitCodes.InternalError;
            }
        }
        else if (!File.Exists(Path.Combine(runner, "runner-worker.js")))
        {
            console.MarkupLine($"[red]error:[/] {Markup.Escape(Path.GetFullPath(runner))} holds no runner-worker.js: name a published runner's wwwroot");
            return ExitCodes.UsageError;
        }

        BookServer server;
        try
        {
            server = await BookServer.StartAsync(book, runner, port, cancellationToken);
        }
        catch (IOException e)
        {
            console.MarkupLine($"[red]error:[/] cannot serve on 127.0.0.1:{port}: {Markup.Escape(e.InnerException?.Message ?? e.Message)}; choose another --port (0: any free port)");
            return ExitCodes.UsageError;
        }

        await using var running = server;
        console.MarkupLine($"Serving {Markup.Escape(Path.GetFullPath(book))} at [link]{server.Address}[/] (Ctrl+C stops)");
        await running.WaitForShutdownAsync(cancellationToken);
        return ExitCodes.Success;
    }
}
