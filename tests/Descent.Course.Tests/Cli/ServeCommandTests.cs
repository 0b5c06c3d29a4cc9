using System.Net;
using System.Net.Sockets;
using Descent.Course.Tests.Book;
using Descent.Course.Tests.Support;

namespace Descent.Course.Tests.Cli;

/// <summary><c>serve</c>'s usage errors: each names what is wrong and exits with 2, before anything is built.</summary>
public sealed class ServeCommandTests
{
    [Fact]
    public async Task A_folder_without_a_book_is_refused_and_says_how_to_build_one()
    {
        var empty = TestPaths.NewTemporaryFolder("descent-no-book");
        var result = await CliHarness.RunAsync("serve", "--book", empty, "--runner", empty);
        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
        Assert.Contains("no book in", result.Output);
        Assert.Contains("-- run", result.Output);
    }

    [Fact]
    public async Task A_port_out_of_range_is_refused_with_its_value()
    {
        var result = await CliHarness.RunAsync("serve", "--port", "70000");
        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
        Assert.Contains("--port must be between 0 and 65535, not 70000", result.Output);
    }

    [Fact]
    public async Task A_port_in_use_is_refused_and_names_the_port()
    {
        var book = TestPaths.NewTemporaryFolder("descent-book-for-serve");
        await File.WriteAllTextAsync(Path.Combine(book, "index.html"), "<!DOCTYPE html>");
        await File.WriteAllTextAsync(Path.Combine(book, "runner-worker.js"), "");
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;

        var result = await CliHarness.RunAsync("serve", "--book", book, "--runner", book, "--port", port.ToString());
        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
        Assert.Contains($"cannot serve on 127.0.0.1:{port}", result.Output);
    }

    [Fact]
    public async Task A_runner_folder_without_the_runner_is_refused()
    {
        var book = TestPaths.NewTemporaryFolder("descent-book-for-serve");
        await File.WriteAllTextAsync(Path.Combine(book, "index.html"), "<!DOCTYPE html>");
        var result = await CliHarness.RunAsync("serve", "--book", book, "--runner", book);
        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
        Assert.Contains("holds no runner-worker.js", result.Output);
    }
}
