using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Descent.Course.Classroom.Markers;
using Descent.Course.Engine;

namespace Descent.Course.Classroom.Grading;

/// <summary>Finds submissions laid out as <c>&lt;submissions&gt;/&lt;student&gt;/&lt;assignment file&gt;.ipynb</c>: one folder per
/// student (its normalised name is the student's name in the gradebook) holding the notebooks under the same file names
/// as the release. A student without a file for an assignment is graded as missing; a folder or notebook that is a link
/// is refused (it could point at the teacher's files); two folders whose names normalise alike (ignoring case, as some
/// file systems do) are told apart by a number and a warning.</summary>
public static class SubmissionFinder
{
    /// <summary>Longest student name kept.</summary>
    public const int MaxNameLength = 80;

    /// <summary>Every (student, assignment) pair of <paramref name="shard"/>, students in ordinal order and named as in the whole class, and warnings about ignored files.</summary>
    /// <exception cref="DirectoryNotFoundException">The submissions folder does not exist.</exception>
    public static (IReadOnlyList<Submission> Submissions, IReadOnlyList<string> Warnings) Find(string folder, IReadOnlyList<AssignmentNotebook> assignments, Shard shard)
    {
        if (!Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException($"{folder}: no such submissions folder");
        }

        var warnings = Directory.EnumerateFiles(folder).Order(StringComparer.Ordinal)
            .Select(stray => $"{stray}: ignored (submissions go in one folder per student: <submissions>/<student>/<assignment>.ipynb)").ToList();
        var byFile = assignments.ToDictionary(a => a.FileName, StringComparer.Ordinal);
        var submissions = new List<Submission>();
        var names = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var index = -1;
        foreach (var studentFolder in Directory.EnumerateDirectories(folder).Order(StringComparer.Ordinal))
        {
            var original = Path.GetFileName(studentFolder);
            if (original.StartsWith('.'))
            {
                continue;
            }

            var normalized = NormalizeName(original);
            var student = normalized;
            for (var n = 2; names.ContainsKey(student); n++)
            {
                student = $"{normalized} ({n})";
            }

            if (student != normalized)
            {
                warnings.Add($"the folders \"{names[normalized]}\" and \"{original}\" have the same name once normalised; the second is \"{student}\"");
            }

            names[student] = original;
            if (++index % shard.Count != shard.Number - 1)
            {
                continue;
            }

            var folderIsLink = new DirectoryInfo(studentFolder).LinkTarget is not null;
            if (!folderIsLink)
            {
                warnings.AddRange(Directory.EnumerateFiles(studentFolder, "*.ipynb").Order(StringComparer.Ordinal).Where(file => !byFile.ContainsKey(Path.GetFileName(file)))
                    .Select(file => $"{file}: ignored (not one of the assignments graded: {string.Join(", ", byFile.Keys)})"));
            }

            foreach (var assignment in assignments)
            {
                var path = Path.Combine(studentFolder, assignment.FileName);
                var file = new FileInfo(path);
                var refusal = folderIsLink ? $"the folder {original} is a link; hand in a folder with the notebook itself"
                    : file.LinkTarget is not null ? $"{assignment.FileName} is a link; hand in the notebook itself"
                    : file.Exists || !Directory.Exists(path) ? null
                    : $"{assignment.FileName} is a folder, not a notebook";
                submissions.Add(new Submission(student, assignment, file.Exists || refusal is not null ? path : null, original, refusal));
            }
        }

        return (submissions, warnings);
    }

    /// <summary>A student's name as the gradebook shows it: Unicode NFC, control and invisible characters (zero-width spaces,
    /// direction marks) removed, every run of white space (line breaks included) made one space, at most
    /// <see cref="MaxNameLength"/> characters; "(no name)" when nothing printable is left.</summary>
    public static string NormalizeName(string folder)
    {
        var text = new StringBuilder();
        foreach (var c in folder.Normalize(NormalizationForm.FormC))
        {
            if (char.IsWhiteSpace(c))
            {
                if (text.Length > 0 && text[^1] != ' ')
                {
                    text.Append(' ');
                }
            }
            else if (char.GetUnicodeCategory(c) is not (UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned))
            {
                text.Append(c);
            }
        }

        var name = text.ToString().Trim();
        name = name.Length > MaxNameLength ? name[..MaxNameLength].TrimEnd() + "…" : name;
        return name.Length == 0 ? "(no name)" : name;
    }
}

/// <summary>One notebook to grade: a student's file for an assignment (null when they handed none in), the student's
/// normalised name, the folder's name exactly as on disk, and why the submission is not run (a link, for instance;
/// null when it is).</summary>
public sealed record Submission(string Student, AssignmentNotebook Assignment, string? Path, string Folder = "", string? Refusal = null);

/// <summary>A deterministic slice of a class, <c>K/N</c>: the students whose folders come K-th, (K+N)-th, … in ordinal order,
/// so that N machines grading the same submissions folder share the class out with no student graded twice.</summary>
public sealed record Shard(int Number, int Count)
{
    /// <summary>The whole class.</summary>
    public static Shard All { get; } = new(1, 1);

    /// <summary>Parses <c>K/N</c> with 1 ≤ K ≤ N; null when <paramref name="text"/> is not of that form.</summary>
    public static Shard? TryParse(string text) =>
        text.Split('/') is [var k, var n] && int.TryParse(k, out var number) && int.TryParse(n, out var count) && number >= 1 && number <= count
            ? new Shard(number, count)
            : null;

    /// <inheritdoc/>
    public override string ToString() => $"{Number}/{Count}";
}

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
        var length = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);

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

/// <summary>A cell of a student's notebook as submitted: its 1-based number among all the student's cells (markdown included), kind, text and kernel.</summary>
public sealed record SubmittedCell(int Number, string Kind, string Source, string Language);
