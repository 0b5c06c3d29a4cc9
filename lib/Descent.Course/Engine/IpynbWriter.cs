using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Descent.Course.Engine;

/// <summary>Writes an executed notebook as nbformat 4 JSON with standard outputs.</summary>
internal static class IpynbWriter
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The notebook JSON for <paramref name="run"/>.</summary>
    public static string Write(NotebookRun run)
    {
        var executionCount = 0;
        var cells = new JsonArray();
        foreach (var cellRun in run.Cells)
        {
            cells.Add(Cell(cellRun, cellRun.Cell.IsCode && cellRun.Status != CellStatus.Skipped ? ++executionCount : null));
        }

        var notebook = new JsonObject
        {
            ["cells"] = cells,
            ["metadata"] = new JsonObject
            {
                ["kernelspec"] = new JsonObject
                {
                    ["display_name"] = ".NET (C#)",
                    ["language"] = "C#",
                    ["name"] = ".net-csharp",
                },
                ["language_info"] = new JsonObject
                {
                    ["name"] = "C#",
                    ["file_extension"] = ".cs",
                    ["mimetype"] = "text/x-csharp",
                    ["pygments_lexer"] = "csharp",
                },
                ["polyglot_notebook"] = new JsonObject
                {
                    ["kernelInfo"] = new JsonObject
                    {
                        ["defaultKernelName"] = "csharp",
                        ["items"] = new JsonArray(new JsonObject { ["name"] = "csharp" }),
                    },
                },
            },
            ["nbformat"] = 4,
            ["nbformat_minor"] = 4,
        };
        return notebook.ToJsonString(Options) + "\n";
    }

    private static JsonObject Cell(CellRun run, int? executionCount)
    {
        var cell = new JsonObject
        {
            ["cell_type"] = run.Cell.Kind,
            ["metadata"] = Metadata(run.Cell),
            ["source"] = Lines(run.Cell.Source),
        };
        if (run.Cell.IsCode)
        {
            cell["execution_count"] = executionCount;
            cell["outputs"] = new JsonArray(run.Outputs.Select(output => (JsonNode)Output(output, executionCount)).ToArray());
        }

        return cell;
    }

    private static JsonObject Metadata(NotebookCell cell)
    {
        if (cell.Metadata is { Count: > 0 } metadata)
        {
            return JsonSerializer.SerializeToNode(metadata, Options)?.AsObject() ?? new JsonObject();
        }

        return cell.IsCode
            ? new JsonObject
            {
                ["dotnet_interactive"] = new JsonObject { ["language"] = cell.Language },
                ["polyglot_notebook"] = new JsonObject { ["kernelName"] = cell.Language },
            }
            : new JsonObject();
    }

    private static JsonObject Output(CellOutput output, int? executionCount)
    {
        switch (output.OutputType)
        {
            case "stream":
                return new JsonObject
                {
                    ["output_type"] = "stream",
                    ["name"] = output.StreamName ?? "stdout",
                    ["text"] = Lines(output.Data.GetValueOrDefault("text/plain", "")),
                };
            case "error":
                var value = output.Data.GetValueOrDefault("evalue", "");
                return new JsonObject
                {
                    ["output_type"] = "error",
                    ["ename"] = output.Data.GetValueOrDefault("ename", "Error"),
                    ["evalue"] = value,
                    ["traceback"] = new JsonArray(value.Split('\n').Select(line => (JsonNode)JsonValue.Create(line.TrimEnd('\r'))!).ToArray()),
                };
            default:
                var data = new JsonObject();
                foreach (var (mime, text) in output.Data)
                {
                    data[mime] = Lines(text);
                }

                var result = new JsonObject
                {
                    ["output_type"] = output.OutputType,
                    ["data"] = data,
                    ["metadata"] = new JsonObject(),
                };
                if (output.OutputType == "execute_result")
                {
                    result["execution_count"] = executionCount;
                }

                return result;
        }
    }

    /// <summary>nbformat's multi-line string: a list of lines, each but the last ending in a newline.</summary>
    private static JsonArray Lines(string text)
    {
        var lines = new JsonArray();
        var start = 0;
        while (start < text.Length)
        {
            var end = text.IndexOf('\n', start);
            var next = end < 0 ? text.Length : end + 1;
            lines.Add(text[start..next]);
            start = next;
        }

        return lines;
    }
}
