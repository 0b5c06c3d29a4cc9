using System.Text.Json.Nodes;
using Descent.Course.Tests.Support;

namespace Descent.Course.Tests.Classroom;

/// <summary>Builds and edits notebook JSON for the classroom tests: small assignments, and submissions made from a source.</summary>
public sealed class NotebookBuilder
{
    private readonly JsonObject _root;

    private NotebookBuilder(JsonObject root) => _root = root;

    private JsonArray Cells => (JsonArray)_root["cells"]!;

    /// <summary>A notebook with the given cells: "md: text" is a markdown cell, anything else a C# code cell.</summary>
    public static NotebookBuilder Of(params string[] cells)
    {
        var root = new JsonObject
        {
            ["cells"] = new JsonArray(),
            ["metadata"] = new JsonObject { ["kernelspec"] = new JsonObject { ["name"] = ".net-csharp", ["language"] = "C#", ["display_name"] = ".NET (C#)" } },
            ["nbformat"] = 4,
            ["nbformat_minor"] = 4,
        };
        var builder = new NotebookBuilder(root);
        foreach (var cell in cells)
        {
            builder.Cells.Add(cell.StartsWith("md: ", StringComparison.Ordinal) ? NbformatCells.Markdown(cell[4..]) : NbformatCells.Code(cell));
        }

        return builder;
    }

    /// <summary>Reads a notebook file to edit.</summary>
    public static NotebookBuilder Load(string path) => new((JsonObject)JsonNode.Parse(File.ReadAllText(path))!);

    /// <summary>The source of cell <paramref name="index"/> (0-based).</summary>
    public string SourceOf(int index) => Source(Cells[index]!);

    /// <summary>The 0-based index of the only cell whose source contains <paramref name="text"/>.</summary>
    public int IndexOf(string text)
    {
        var matches = Enumerable.Range(0, Cells.Count).Where(i => Source(Cells[i]!).Contains(text, StringComparison.Ordinal)).ToList();
        return matches.Count == 1 ? matches[0] : throw new InvalidOperationException($"{matches.Count} cells contain \"{text}\"");
    }

    /// <summary>Replaces the source of the cell that contains <paramref name="text"/>.</summary>
    public NotebookBuilder Replace(string text, string newSource)
    {
        Cells[IndexOf(text)]!["source"] = NbformatCells.SourceLines(newSource);
        return this;
    }

    /// <summary>Replaces <paramref name="oldText"/> by <paramref name="newText"/> inside the cell that contains it.</summary>
    public NotebookBuilder Edit(string oldText, string newText)
    {
        var index = IndexOf(oldText);
        Cells[index]!["source"] = NbformatCells.SourceLines(Source(Cells[index]!).Replace(oldText, newText, StringComparison.Ordinal));
        return this;
    }

    /// <summary>Removes every cell whose source contains <paramref name="text"/>.</summary>
    public NotebookBuilder RemoveAll(string text)
    {
        for (var i = Cells.Count - 1; i >= 0; i--)
        {
            if (Source(Cells[i]!).Contains(text, StringComparison.Ordinal))
            {
                Cells.RemoveAt(i);
            }
        }

        return this;
    }

    /// <summary>Inserts a code cell after the cell that contains <paramref name="text"/>.</summary>
    public NotebookBuilder InsertAfter(string text, string source)
    {
        Cells.Insert(IndexOf(text) + 1, NbformatCells.Code(source));
        return this;
    }

    /// <summary>Edits the cells' JSON directly (wrong types and the like).</summary>
    public NotebookBuilder Raw(Action<JsonArray> edit)
    {
        edit(Cells);
        return this;
    }

    /// <summary>The notebook JSON.</summary>
    public string Json() => _root.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true });

    /// <summary>Writes the notebook to <paramref name="path"/> (folders created); returns the path.</summary>
    public string Save(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, Json());
        return path;
    }

    private static string Source(JsonNode cell) => cell["source"] switch
    {
        JsonArray lines => string.Concat(lines.Select(l => l!.GetValue<string>())),
        JsonValue value => value.GetValue<string>(),
        _ => "",
    };
}
