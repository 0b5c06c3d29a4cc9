using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Descent.Course.Engine;

/// <summary>
/// An nbformat 4 notebook held as its JSON, so that whatever a teacher wrote (notebook and cell metadata, cell ids,
/// attachments) round-trips: reading, running, editing and writing change only the sources and outputs they mean to.
/// </summary>
public sealed class Notebook
{
    /// <summary>The MIME type of a chart's Plotly figure (data, layout), which Jupyter front ends draw natively.</summary>
    public const string PlotlyMimeType = "application/vnd.plotly.v1+json";

    // Jupyter's layout: one space of indent, non-ASCII text as it is.
    private static readonly JsonSerializerOptions WriteOptions = new() { WriteIndented = true, IndentSize = 1, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private Notebook(string path, string name, JsonObject root) => (Path, Name, Root) = (path, name, root);

    /// <summary>The file the notebook was read from ("" for one made in memory); it names the notebook in errors.</summary>
    public string Path { get; }

    /// <summary>The file name without extension, for example "00-key-factors".</summary>
    public string Name { get; }

    /// <summary>The notebook's JSON object.</summary>
    public JsonObject Root { get; }

    /// <summary>The cells in order, markdown included.</summary>
    public IReadOnlyList<NotebookCell> Cells => CellNodes.Select(node => NotebookCell.From((JsonObject)node!)).ToList();

    private JsonArray CellNodes => (JsonArray)Root["cells"]!;

    /// <summary>Reads a notebook file.</summary>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="NotebookFormatException">Not JSON, or not an nbformat notebook.</exception>
    public static Notebook Load(string path)
    {
        var full = System.IO.Path.GetFullPath(path);
        return File.Exists(full) ? Parse(File.ReadAllText(full), full) : throw new FileNotFoundException($"{path}: no such notebook", path);
    }

    /// <summary>Parses notebook JSON; <paramref name="path"/> names the notebook and its source in errors.</summary>
    /// <exception cref="NotebookFormatException">Not JSON, or not an nbformat notebook.</exception>
    public static Notebook Parse(string json, string path)
    {
        JsonNode? node;
        try
        {
            node = JsonNode.Parse(json);
        }
        catch (JsonException exception)
        {
            var end = exception.Message.IndexOf(" LineNumber", StringComparison.Ordinal);
            var problem = (end > 0 ? exception.Message[..end] : exception.Message).Trim().TrimEnd('.');
            throw new NotebookFormatException(path, exception.LineNumber + 1, $"malformed notebook JSON: {problem}", exception);
        }

        if (node is not JsonObject root || root["cells"] is not JsonArray cells)
        {
            throw new NotebookFormatException(path, 1, "not a Jupyter notebook: no \"cells\" array");
        }

        var notObject = cells.ToList().FindIndex(cell => cell is not JsonObject);
        if (notObject >= 0)
        {
            throw new NotebookFormatException(path, null, $"not a Jupyter notebook: cell {notObject + 1} is not a JSON object");
        }

        return new Notebook(path, System.IO.Path.GetFileNameWithoutExtension(path), root);
    }

    /// <summary>A notebook made in memory, with the metadata of a C# notebook.</summary>
    public static Notebook FromCells(string name, IEnumerable<NotebookCell> cells)
    {
        var root = new JsonObject
        {
            ["cells"] = new JsonArray([.. cells.Select(cell => cell.ToJson())]),
            ["metadata"] = new JsonObject
            {
                ["kernelspec"] = new JsonObject { ["display_name"] = ".NET (C#)", ["language"] = "C#", ["name"] = ".net-csharp" },
                ["language_info"] = new JsonObject { ["name"] = "C#", ["file_extension"] = ".cs", ["mimetype"] = "text/x-csharp", ["pygments_lexer"] = "csharp" },
                ["polyglot_notebook"] = new JsonObject { ["kernelInfo"] = new JsonObject { ["defaultKernelName"] = "csharp", ["items"] = new JsonArray(new JsonObject { ["name"] = "csharp" }) } },
            },
            ["nbformat"] = 4,
            ["nbformat_minor"] = 4,
        };
        return new Notebook("", name, root);
    }

    /// <summary>Replaces the source of cell <paramref name="index"/> (0-based), written as lines the way Jupyter saves it.</summary>
    public void SetSource(int index, string source) => CellNodes[index]!["source"] = Lines(source);

    /// <summary>Replaces the outputs of code cell <paramref name="index"/> (none clears them) and its execution count.</summary>
    public void SetOutputs(int index, IReadOnlyList<CellOutput> outputs, int? executionCount = null)
    {
        var cell = CellNodes[index]!.AsObject();
        if (cell["cell_type"]?.GetValue<string>() is null or "code")
        {
            cell["execution_count"] = executionCount;
            cell["outputs"] = new JsonArray([.. outputs.Select(output => output.ToJson(executionCount))]);
        }
    }

    /// <summary>A deep copy.</summary>
    public Notebook Clone() => new(Path, Name, (JsonObject)Root.DeepClone());

    /// <summary>The notebook as nbformat JSON, indented like Jupyter writes it.</summary>
    public string ToJson() => Root.ToJsonString(WriteOptions) + "\n";

    /// <summary>nbformat's multi-line string: a list of lines, each but the last ending in a newline.</summary>
    internal static JsonArray Lines(string text) =>
        [.. Regex.Split(text, "(?<=\n)").Where(line => line.Length > 0).Select(line => JsonValue.Create(line))];

    internal static string Text(JsonNode? node) => node switch
    {
        JsonArray lines => string.Concat(lines.Select(line => line?.GetValue<string>() ?? "")),
        JsonValue value when value.TryGetValue<string>(out var text) => text,
        JsonObject => node.ToJsonString(),
        _ => "",
    };
}

/// <summary>One cell: "code", "markdown" or "raw" (never run), its text and, for code, the kernel that runs it.</summary>
public sealed record NotebookCell(string Kind, string Source, string Language = "csharp")
{
    /// <summary>True for a cell that the engine submits to a kernel.</summary>
    public bool IsCode => Kind == "code";

    internal static NotebookCell From(JsonObject cell)
    {
        var kind = cell["cell_type"]?.GetValue<string>() ?? "code";
        var language = cell["metadata"]?["polyglot_notebook"]?["kernelName"]?.GetValue<string>()
                       ?? cell["metadata"]?["dotnet_interactive"]?["language"]?.GetValue<string>() ?? "csharp";
        return new NotebookCell(kind, Notebook.Text(cell["source"]), kind == "code" ? language : kind);
    }

    internal JsonObject ToJson() => IsCode
        ? new JsonObject
        {
            ["cell_type"] = "code",
            ["execution_count"] = null,
            ["metadata"] = new JsonObject { ["dotnet_interactive"] = new JsonObject { ["language"] = Language }, ["polyglot_notebook"] = new JsonObject { ["kernelName"] = Language } },
            ["outputs"] = new JsonArray(),
            ["source"] = Notebook.Lines(Source),
        }
        : new JsonObject { ["cell_type"] = Kind, ["metadata"] = new JsonObject(), ["source"] = Notebook.Lines(Source) };
}

/// <summary>One nbformat output of a code cell.</summary>
/// <param name="OutputType">"display_data", "execute_result", "stream" or "error".</param>
/// <param name="Data">MIME type to text for display data and results (a chart carries its figure JSON as <see cref="Notebook.PlotlyMimeType"/>
/// beside "text/html"); for a stream, "text/plain" holds the text; for an error, "ename" and "evalue".</param>
/// <param name="StreamName">"stdout" or "stderr" for a stream output; otherwise null.</param>
public sealed record CellOutput(string OutputType, IReadOnlyDictionary<string, string> Data, string? StreamName = null)
{
    /// <summary>What Plotly.NET's HTML of a drawn chart calls.</summary>
    public const string ChartMarker = "Plotly.newPlot";

    /// <summary>True when this output is a chart: it carries the Plotly figure JSON.</summary>
    public bool IsChart => Data.ContainsKey(Notebook.PlotlyMimeType);

    internal JsonObject ToJson(int? executionCount) => OutputType switch
    {
        "stream" => new JsonObject { ["output_type"] = "stream", ["name"] = StreamName ?? "stdout", ["text"] = Notebook.Lines(Data.GetValueOrDefault("text/plain", "")) },
        "error" => new JsonObject
        {
            ["output_type"] = "error",
            ["ename"] = Data.GetValueOrDefault("ename", "Error"),
            ["evalue"] = Data.GetValueOrDefault("evalue", ""),
            ["traceback"] = new JsonArray([.. Data.GetValueOrDefault("evalue", "").Split('\n').Select(line => JsonValue.Create(line.TrimEnd('\r')))]),
        },
        "execute_result" => new JsonObject { ["output_type"] = OutputType, ["data"] = MimeBundle(), ["metadata"] = new JsonObject(), ["execution_count"] = executionCount },
        _ => new JsonObject { ["output_type"] = OutputType, ["data"] = MimeBundle(), ["metadata"] = new JsonObject() },
    };

    // JSON types (the Plotly figure) are written as JSON, the others as nbformat's list of lines.
    private JsonObject MimeBundle() =>
        new(Data.Select(pair => KeyValuePair.Create(pair.Key, pair.Key.EndsWith("json", StringComparison.Ordinal) ? JsonNode.Parse(pair.Value) : Notebook.Lines(pair.Value))));
}

/// <summary>A file that is not an nbformat notebook; the message names the file and, when known, the line.</summary>
public sealed class NotebookFormatException(string path, long? line, string problem, Exception? inner = null)
    : Exception(line is { } l ? $"{path}:{l}: {problem}" : $"{path}: {problem}", inner)
{
    /// <summary>The notebook file.</summary>
    public string Path { get; } = path;

    /// <summary>The 1-based line of the problem, if known.</summary>
    public long? Line { get; } = line;

    /// <summary>What is wrong, without the file name.</summary>
    public string Problem { get; } = problem;
}
