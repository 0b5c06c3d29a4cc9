using System.Security.Cryptography;
using System.Text.Json.Nodes;

namespace Descent.Course.Tests.Support;

/// <summary>A temporary folder of small notebooks written by a test; deleted on dispose.</summary>
public sealed class TempNotebooks : IDisposable
{
    /// <summary>Creates an empty temporary folder.</summary>
    public TempNotebooks()
    {
        Directory = Path.Combine(Path.GetTempPath(), "descent-course-tests", Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(Directory);
    }

    /// <summary>The folder.</summary>
    public string Directory { get; }

    /// <summary>Writes a notebook with the given code cells (after one markdown cell); returns its path.</summary>
    public string Write(string name, params string[] codeCells) =>
        WriteText(name + ".ipynb", NotebookJson(codeCells));

    /// <summary>Writes a file with exactly <paramref name="text"/>; returns its path.</summary>
    public string WriteText(string fileName, string text)
    {
        var path = Path.Combine(Directory, fileName);
        File.WriteAllText(path, text);
        return path;
    }

    /// <summary>SHA-256 of every file directly in the folder, by file name.</summary>
    public IReadOnlyDictionary<string, string> Hashes() =>
        System.IO.Directory.EnumerateFiles(Directory)
            .ToDictionary(path => Path.GetFileName(path), path => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path))));

    /// <summary>nbformat 4 JSON: a markdown title cell, then one C# code cell per entry.</summary>
    public static string NotebookJson(params string[] codeCells)
    {
        var cells = new JsonArray { NbformatCells.Markdown("# A test notebook") };
        foreach (var code in codeCells)
        {
            cells.Add(NbformatCells.Code(code));
        }

        var notebook = new JsonObject
        {
            ["cells"] = cells,
            ["metadata"] = new JsonObject
            {
                ["kernelspec"] = new JsonObject { ["display_name"] = ".NET (C#)", ["language"] = "C#", ["name"] = ".net-csharp" },
                ["language_info"] = new JsonObject { ["name"] = "C#" },
            },
            ["nbformat"] = 4,
            ["nbformat_minor"] = 4,
        };
        return notebook.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true });
    }

    /// <inheritdoc />
    public void Dispose()
    {
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
