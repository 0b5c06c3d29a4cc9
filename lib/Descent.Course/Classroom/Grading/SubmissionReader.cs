using System.Text;
using System.Text.Json.Nodes;
using Descent.Course.Engine;

namespace Descent.Course.Classroom.Grading;

/// <summary>Reads a student's notebook. Markers are not checked: a submission is graded, never rejected for its format.</summary>
public static class SubmissionReader
{
    /// <summary>Larger files are not read (a notebook of an assignment is a few kilobytes without outputs).</summary>
    public const long MaxBytes = 16L * 1024 * 1024;

    /// <summary>The cells of a submitted notebook; at most <see cref="MaxBytes"/> are read, and a link is not followed.</summary>
    /// <exception cref="NotebookFormatException">Not a notebook, a link, or larger than <see cref="MaxBytes"/>.</exception>
    public static IReadOnlyList<SubmittedCell> Read(string path)
    {
        if (new FileInfo(path).LinkTarget is not null)
        {
            throw new NotebookFormatException(path, null, "the file is a link; hand in the notebook itself");
        }

        using var stream = new FileStream(path, new FileStreamOptions { Mode = FileMode.Open, Access = FileAccess.Read, Options = FileOptions.SequentialScan });
        var buffer = new byte[Math.Min(stream.Length, MaxBytes) + 1];
        int length = 0, read;
        while (length < buffer.Length && (read = stream.Read(buffer, length, buffer.Length - length)) > 0)
        {
            length += read;
        }

        if (length > MaxBytes)
        {
            throw new NotebookFormatException(path, null, $"the file is larger than {MaxBytes / (1024 * 1024)} MB, the most a notebook may be");
        }

        // Some editors save UTF-8 with a byte-order mark, which JSON does not allow.
        var start = length >= 3 && buffer[0] == 0xEF && buffer[1] == 0xBB && buffer[2] == 0xBF ? 3 : 0;
        return Parse(new UTF8Encoding(false, false).GetString(buffer, start, length - start), path);
    }

    /// <summary>The cells of submitted notebook JSON.</summary>
    /// <exception cref="NotebookFormatException">Not a notebook, or a cell's field has the wrong JSON type.</exception>
    public static IReadOnlyList<SubmittedCell> Parse(string json, string path)
    {
        var notebook = Notebook.Parse(json, path);
        var cells = (JsonArray)notebook.Root["cells"]!;
        for (var i = 0; i < cells.Count; i++)
        {
            var cell = (JsonObject)cells[i]!;
            var problem = !IsString(cell["cell_type"], true) ? "\"cell_type\" is not a string"
                : cell["source"] is JsonArray lines && lines.Any(line => !IsString(line, false)) ? "\"source\" is a list with an item that is not a string"
                : cell["source"] is not JsonArray && !IsString(cell["source"], true) ? "\"source\" is neither a string nor a list of strings"
                : cell["metadata"] is not (null or JsonObject) ? "\"metadata\" is not an object"
                : null;
            if (problem is not null)
            {
                throw new NotebookFormatException(path, null, $"cell {i + 1}: {problem}");
            }
        }

        try
        {
            return notebook.Cells
                .Select((cell, i) => new SubmittedCell(i + 1, cell.Kind, cell.Source.ReplaceLineEndings("\n"), cell.Language))
                .ToList();
        }
        catch (Exception exception) when (exception is InvalidOperationException or FormatException or ArgumentException)
        {
            throw new NotebookFormatException(path, null, $"a cell's metadata has a field of the wrong type ({exception.Message})");
        }
    }

    private static bool IsString(JsonNode? node, bool orAbsent) => node is null ? orAbsent : node is JsonValue value && value.TryGetValue<string>(out _);
}
