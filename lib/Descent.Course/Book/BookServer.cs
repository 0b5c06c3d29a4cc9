using System.Diagnostics;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Descent.Course.Book;

/// <summary>
/// Serves a built book at <c>/</c> and the browser runner (lib/Descent.Browser, published) at <c>/runner/</c>, on
/// 127.0.0.1 only: the layout a static host gets when the runner's wwwroot is copied into the book as runner/. A file
/// with a precompressed copy beside it (<c>.br</c>, else <c>.gz</c>) is sent as that copy to a browser that accepts
/// it; other files are compressed as they are sent.
/// </summary>
internal sealed class BookServer : IAsyncDisposable
{
    /// <summary>The project of the runner, relative to the repository root.</summary>
    public const string RunnerProject = "lib/Descent.Browser/Descent.Browser.csproj";

    private static readonly FileExtensionContentTypeProvider ContentTypes = new();
    private readonly WebApplication _app;

    private BookServer(WebApplication app, Uri address)
    {
        _app = app;
        Address = address;
    }

    /// <summary>The address the book is served at, e.g. http://127.0.0.1:8000/.</summary>
    public Uri Address { get; }

    /// <summary>Starts serving <paramref name="bookFolder"/> and <paramref name="runnerFolder"/> (a published runner's wwwroot) on <paramref name="port"/> (0: any free port).</summary>
    public static async Task<BookServer> StartAsync(string bookFolder, string runnerFolder, int port, CancellationToken cancellationToken = default)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port));
        builder.Services.AddResponseCompression();
        var app = builder.Build();

        // The book's own files (plotly.js, the pages) have no precompressed copies: they are compressed as they are sent.
        app.UseResponseCompression();
        Serve(app, new PhysicalFileProvider(Path.GetFullPath(runnerFolder)), "/runner");
        Serve(app, new PhysicalFileProvider(Path.GetFullPath(bookFolder)), "");
        await app.StartAsync(cancellationToken);
        var address = app.Urls.First();
        return new BookServer(app, new Uri(address.TrimEnd('/') + "/"));
    }

    /// <summary>Publishes the runner (Release, incremental) into <paramref name="output"/>; returns its wwwroot.</summary>
    /// <exception cref="InvalidOperationException">The publish failed; the message holds its output.</exception>
    public static string PublishRunner(string repositoryRoot, string output)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { "publish", Path.Combine(repositoryRoot, RunnerProject), "-c", "Release", "-o", output, "-nologo", "-v", "q" })
        {
            start.ArgumentList.Add(argument);
        }

        using var publish = Process.Start(start)!;
        var log = publish.StandardOutput.ReadToEndAsync();
        var errors = publish.StandardError.ReadToEndAsync();
        publish.WaitForExit();
        if (publish.ExitCode != 0)
        {
            throw new InvalidOperationException($"dotnet publish {RunnerProject} failed (exit {publish.ExitCode}):\n{log.Result}{errors.Result}");
        }

        return Path.Combine(output, "wwwroot");
    }

    /// <summary>Waits until the process is asked to stop (Ctrl+C, SIGTERM) or <paramref name="cancellationToken"/> is cancelled.</summary>
    public Task WaitForShutdownAsync(CancellationToken cancellationToken) => ((IHost)_app).WaitForShutdownAsync(cancellationToken);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private static void Serve(WebApplication app, PhysicalFileProvider files, string prefix)
    {
        app.Use(async (context, next) =>
        {
            var path = context.Request.Path.Value ?? "";
            if (path.StartsWith(prefix + "/", StringComparison.Ordinal) && !path.EndsWith('/'))
            {
                var relative = path[prefix.Length..];
                var accepted = context.Request.Headers.AcceptEncoding.ToString();
                var (name, extension) = new[] { ("br", ".br"), ("gzip", ".gz") }
                    .FirstOrDefault(e => accepted.Contains(e.Item1, StringComparison.Ordinal) && files.GetFileInfo(relative + e.Item2).Exists);
                if (name is not null)
                {
                    var type = ContentTypes.TryGetContentType(relative, out var known) ? known : "application/octet-stream";
                    context.Request.Path = path + extension;
                    context.Response.OnStarting(() =>
                    {
                        context.Response.Headers.ContentEncoding = name;
                        context.Response.Headers.Vary = "Accept-Encoding";
                        context.Response.ContentType = type;
                        return Task.CompletedTask;
                    });
                }
            }

            await next(context);
        });
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files, RequestPath = prefix });
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = files,
            RequestPath = prefix,
            ServeUnknownFileTypes = true,
            DefaultContentType = "application/octet-stream",
            ContentTypeProvider = ContentTypes,
        });
    }
}
