using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Descent.Course.Classroom.Notebooks;

/// <summary>
/// An .ipynb file held as JSON, so that a release keeps everything the teacher wrote (notebook and cell metadata,
/// cell ids, kernelspec) and changes only what it means to change: cell sources and outputs.
/// </summary>
public sealed class IpynbDocument
{
    private static readonly JsonSerializerOptions WriteOptions = new()
    {
        WriteIndented = true,
        IndentSize = 1,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private IpynbDocument(string path, JsonObject root, JsonArray cells)
    {
        Path = path;
        Root = root;
        Cells = cells;
    }

    /// <summary>The file the document was read from (names it in errors).</summary>
    public string Path { get; }

    /// <summary>The notebook's JSON object.</summary>
    public JsonObject Root { get; }

    /// <summary>The notebook's <c>cells</c> array.</summary>
    public JsonArray Cells { get; }

    /// <summary>Reads a notebook file.</summary>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="NotebookJsonException">The file is not JSON or has no <c>cells</c> array.</exception>
    public static IpynbDocument Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"{path}: no such notebook", path);
        }

        return Parse(File.ReadAllText(path), path);
    }

    /// <summary>Parses notebook JSON; <paramref name="path"/> only names the source in errors.</summary>
    /// <exception cref="NotebookJsonException">Not JSON, or not an nbformat notebook.</exception>
    public static IpynbDocument Parse(string json, string path)
    {
        JsonNode? node;
        try
        {
            node = JsonNode.Parse(json, documentOptions: new JsonDocumentOptions { AllowTrailingCommas = false });
        }
        catch (JsonException exception)
        {
            var line = exception.LineNumber is { } l ? l + 1 : (long?)null;
            throw new NotebookJsonException(path, line, $"not valid JSON: {FirstSentence(exception.Message)}", exception);
        }

        if (node is not JsonObject root || root["cells"] is not JsonArray cells)
        {
            throw new NotebookJsonException(path, 1, "not a Jupyter notebook: no \"cells\" array");
        }

        for (var i = 0; i < cells.Count; i++)
        {
            if (cells[i] is not JsonObject)
            {
                throw new NotebookJsonException(path, null, $"not a Jupyter notebook: cell {i + 1} is not a JSON object");
            }
        }

        return new IpynbDocument(path, root, cells);
    }

    /// <summary>The kind of a cell: "code", "markdown" or "raw".</summary>
    public static string KindOf(JsonNode cell) => cell["cell_type"]?.GetValue<string>() ?? "code";

    /// <summary>A cell's source as one string (nbformat allows a string or a list of lines).</summary>
    public static string SourceOf(JsonNode cell) => cell["source"] switch
    {
        JsonArray lines => string.Concat(lines.Select(line => line?.GetValue<string>() ?? "")),
        JsonValue text when text.TryGetValue<string>(out var s) => s,
        _ => "",
    };

    /// <summary>The kernel a code cell runs in, from its Polyglot metadata; "csharp" when none is named.</summary>
    public static string LanguageOf(JsonNode cell) =>
        cell["metadata"]?["polyglot_notebook"]?["kernelName"]?.GetValue<string>()
        ?? cell["metadata"]?["dotnet_interactive"]?["language"]?.GetValue<string>()
        ?? "csharp";

    /// <summary>Replaces a cell's source, written as a list of lines the way Jupyter saves it.</summary>
    public static void SetSource(JsonObject cell, string source)
    {
        var lines = new JsonArray();
        foreach (var line in SplitKeepingNewlines(source))
        {
            lines.Add(line);
        }

        cell["source"] = lines;
    }

    /// <summary>Removes a code cell's outputs and execution count.</summary>
    public static void ClearOutputs(JsonObject cell)
    {
        if (KindOf(cell) == "code")
        {
            cell["outputs"] = new JsonArray();
            cell["execution_count"] = null;
        }
    }

    /// <summary>The document as nbformat JSON, indented like Jupyter writes it.</summary>
    public string ToJson() => Root.ToJsonString(WriteOptions) + "\n";

    /// <summary>A deep copy.</summary>
    public IpynbDocument Clone()
    {
        var root = (JsonObject)Root.DeepClone();
        return new IpynbDocument(Path, root, (JsonArray)root["cells"]!);
    }

    private static IEnumerable<string> SplitKeepingNewlines(string text)
    {
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                yield return text[start..(i + 1)];
                start = i + 1;
            }
        }

        if (start < text.Length)
        {
            yield return text[start..];
        }
    }

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(" LineNumber", StringComparison.Ordinal);
        return (end > 0 ? message[..end] : message).Trim().TrimEnd('.');
    }
}
