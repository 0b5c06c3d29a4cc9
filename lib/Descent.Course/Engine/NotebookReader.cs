using System.Text.Json;
using Microsoft.DotNet.Interactive.Documents;
using Microsoft.DotNet.Interactive.Documents.Jupyter;

namespace Descent.Course.Engine;

/// <summary>Reads an .ipynb file into cells with <see cref="Notebook.Parse"/>; never writes it.</summary>
public static class NotebookReader
{
    /// <summary>The kernels a course notebook may name; C# is the default.</summary>
    internal static KernelInfoCollection KernelInfos { get; } = CreateKernelInfos();

    /// <summary>Reads the cells of a notebook file.</summary>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="NotebookFormatException">The file is not valid JSON or not a notebook (message has file and line).</exception>
    public static IReadOnlyList<NotebookCell> Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"{path}: no such notebook", path);
        }

        return Parse(File.ReadAllText(path), path);
    }

    /// <summary>Parses notebook JSON; <paramref name="path"/> only names the source in errors.</summary>
    public static IReadOnlyList<NotebookCell> Parse(string json, string path)
    {
        Validate(json, path);
        InteractiveDocument document;
        try
        {
            document = Notebook.Parse(json, KernelInfos);
        }
        catch (Exception exception)
        {
            throw new NotebookFormatException(path, null, $"not a Jupyter notebook: {exception.Message}", exception);
        }

        return document.Elements.Select(ToCell).ToList();
    }

    private static void Validate(string json, string path)
    {
        JsonDocument parsed;
        try
        {
            parsed = JsonDocument.Parse(json);
        }
        catch (JsonException exception)
        {
            var line = exception.LineNumber is { } l ? l + 1 : (long?)null;
            throw new NotebookFormatException(path, line, $"malformed notebook JSON: {FirstSentence(exception.Message)}", exception);
        }

        using (parsed)
        {
            var root = parsed.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("cells", out var cells) || cells.ValueKind != JsonValueKind.Array)
            {
                throw new NotebookFormatException(path, 1, "not a Jupyter notebook: no \"cells\" array");
            }
        }
    }

    private static NotebookCell ToCell(InteractiveDocumentElement element)
    {
        var kind = element.KernelName switch
        {
            "markdown" or "md" => "markdown",
            "raw" => "raw",
            _ => "code",
        };
        var language = kind == "code" ? element.KernelName ?? "csharp" : kind;
        var metadata = element.Metadata is { Count: > 0 } m ? new Dictionary<string, object>(m) : null;
        return new NotebookCell(kind, element.Contents ?? "", language, metadata);
    }

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(" LineNumber", StringComparison.Ordinal);
        return (end > 0 ? message[..end] : message).Trim().TrimEnd('.');
    }

    private static KernelInfoCollection CreateKernelInfos()
    {
        var infos = new KernelInfoCollection
        {
            new KernelInfo("csharp", "C#", ["c#", "C#", "cs"]),
            new KernelInfo("fsharp", "F#", ["f#", "F#", "fs"]),
            new KernelInfo("markdown", "Markdown", ["md"]),
            new KernelInfo("html", "HTML"),
            new KernelInfo("value"),
        };
        infos.DefaultKernelName = "csharp";
        return infos;
    }
}
