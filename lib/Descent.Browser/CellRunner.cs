using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Runtime.InteropServices.JavaScript;
using System.Text.Json.Nodes;
using Microsoft.CodeAnalysis;

namespace Descent.Browser;

/// <summary>
/// The runner's entry points, called by runner-worker.js: start once, then run cells one at a time. The runtime lives in
/// a web worker, so a long cell never blocks the page, and Stop ends the worker.
/// </summary>
public static partial class CellRunner
{
    private static readonly CellGlobals Globals = new();
    private static Submissions? submissions;
    private static bool setupDone;

    /// <summary>
    /// Loads what cells compile against (the assemblies named in <paramref name="assemblies"/>, fetched from
    /// <paramref name="baseUrl"/>_framework/) and writes the course's data files, carried in this assembly, into the
    /// runtime's file system, where the library finds them as on disk. Returns the number of references.
    /// </summary>
    [JSExport]
    public static async Task<int> StartAsync(string baseUrl, string[] assemblies)
    {
        using var http = new HttpClient { BaseAddress = new Uri(baseUrl) };
        var images = await Task.WhenAll(assemblies.Select(name => http.GetByteArrayAsync("_framework/" + name)));
        var references = images.Where(IsAssembly).Select(image => (MetadataReference)MetadataReference.CreateFromImage(image)).ToList();

        // The library looks for data/ beside Course.sln, above the current directory.
        Directory.CreateDirectory("/course/data");
        File.WriteAllText("/course/Course.sln", "");
        var own = typeof(CellRunner).Assembly;
        foreach (var resource in own.GetManifestResourceNames().Where(name => name.StartsWith("data/", StringComparison.Ordinal)))
        {
            using var source = own.GetManifestResourceStream(resource)!;
            using var target = File.Create(Path.Combine("/course", resource));
            await source.CopyToAsync(target);
        }

        Directory.SetCurrentDirectory("/course");
        Console.SetOut(Globals.Out);
        Console.SetError(Globals.Error);
        submissions = new Submissions(references, Globals);
        return references.Count;
    }

    /// <summary>
    /// Runs one cell; returns <c>{"outputs": [{"kind", "content"}], "error": text or null, "compiled": bool}</c> as
    /// JSON, where kind is stream (with "name": stdout or stderr), text, html or chart (Plotly figure JSON). A cell that
    /// did not compile left nothing behind; one that threw keeps its declarations, as in a notebook.
    /// </summary>
    [JSExport]
    public static async Task<string> RunAsync(string code)
    {
        var runner = submissions ?? throw new InvalidOperationException("The runner has not started.");
        string? error = null;
        var compiled = true;
        try
        {
            var (setup, cell) = Setup.Split(code, setupDone);
            foreach (var setupCell in setup) await runner.RunAsync(setupCell);
            setupDone |= setup.Count > 0;
            if (!string.IsNullOrWhiteSpace(cell))
            {
                var (hasValue, value) = await runner.RunAsync(cell);
                if (hasValue) Globals.display(value);
            }
        }
        catch (CompilationFailedException e)
        {
            error = e.Message;
            compiled = false;
        }
        catch (Exception e)
        {
            error = $"{e.GetType().FullName}: {e.Message}";
        }

        return new JsonObject { ["outputs"] = Globals.TakeOutputs(), ["error"] = error, ["compiled"] = compiled }.ToJsonString();
    }

    private static bool IsAssembly(byte[] image)
    {
        try
        {
            using var reader = new PEReader(new MemoryStream(image));
            return reader.HasMetadata && reader.GetMetadataReader().IsAssembly;
        }
        catch (BadImageFormatException)
        {
            return false;
        }
    }
}
