using System.Text.Json.Nodes;

namespace Descent.Course.Tests.Support;

/// <summary>nbformat 4 cell JSON for notebooks that tests write.</summary>
public static class NbformatCells
{
    /// <summary>A markdown cell.</summary>
    public static JsonObject Markdown(string text) => new()
    {
        ["cell_type"] = "markdown",
        ["metadata"] = new JsonObject(),
        ["source"] = SourceLines(text),
    };

    /// <summary>A C# code cell with no outputs, with the metadata VS Code's Polyglot Notebooks writes.</summary>
    public static JsonObject Code(string text) => new()
    {
        ["cell_type"] = "code",
        ["execution_count"] = null,
        ["metadata"] = new JsonObject
        {
            ["dotnet_interactive"] = new JsonObject { ["language"] = "csharp" },
            ["polyglot_notebook"] = new JsonObject { ["kernelName"] = "csharp" },
        },
        ["outputs"] = new JsonArray(),
        ["source"] = SourceLines(text),
    };

    /// <summary>nbformat's multi-line string: every line but the last keeps its newline.</summary>
    public static JsonArray SourceLines(string text)
    {
        var lines = text.Split('\n');
        return new JsonArray(lines.Select((line, i) => (JsonNode)JsonValue.Create(i < lines.Length - 1 ? line + "\n" : line)!).ToArray());
    }
}
