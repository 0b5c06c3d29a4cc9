using Descent.Course.Engine;

namespace Descent.Course.Classroom.Markers;

/// <summary>A teacher's assignment notebook: the full solution, the graded test cells and the hidden tests, with every marker
/// checked. Loading it is the first step of both <c>assign</c> and <c>grade</c>.</summary>
public sealed class AssignmentNotebook
{
    private AssignmentNotebook(Notebook document, IReadOnlyList<AssignmentCell> cells) => (Document, Cells, Tests) = (document, cells, cells.Where(c => c.Role == CellRole.Test).ToList());

    /// <summary>The notebook file.</summary>
    public string Path => Document.Path;

    /// <summary>The assignment's name: the file name without extension, e.g. "01-gradient-descent".</summary>
    public string Name => System.IO.Path.GetFileNameWithoutExtension(Path);

    /// <summary>The file name students submit, e.g. "01-gradient-descent.ipynb".</summary>
    public string FileName => System.IO.Path.GetFileName(Path);

    /// <summary>The notebook JSON as read.</summary>
    public Notebook Document { get; }

    /// <summary>Every cell, markdown included, in order.</summary>
    public IReadOnlyList<AssignmentCell> Cells { get; }

    /// <summary>The graded test cells, in order.</summary>
    public IReadOnlyList<AssignmentCell> Tests { get; }

    /// <summary>The points of all tests together.</summary>
    public decimal MaxPoints => Tests.Sum(test => test.Test!.Points);

    /// <summary>The set-up cell (only magic commands, such as <c>#!import ../setup.dib</c>), if the notebook starts with one.</summary>
    public AssignmentCell? Setup => Cells.FirstOrDefault(cell => cell.Role == CellRole.Setup);

    /// <summary>Reads and checks an assignment notebook.</summary>
    /// <exception cref="FileNotFoundException">No such file.</exception>
    /// <exception cref="NotebookFormatException">Not a notebook.</exception>
    /// <exception cref="AssignmentFormatException">A marker is malformed (names the cell and line).</exception>
    public static AssignmentNotebook Load(string path) => From(Notebook.Load(path));

    /// <summary>Parses and checks assignment notebook JSON; <paramref name="path"/> names it in errors.</summary>
    public static AssignmentNotebook Parse(string json, string path) => From(Notebook.Parse(json, path));

    private static AssignmentNotebook From(Notebook document)
    {
        var cells = new List<AssignmentCell>();
        foreach (var (kind, source, language) in document.Cells)
        {
            var cell = CellMarkerParser.Parse(document.Path, cells.Count + 1, kind, source, language, kind == "code" && cells.All(c => c.Kind != "code"));
            StubWriter.CheckPlacement(document.Path, cell);
            cells.Add(cell);
        }

        var duplicate = cells.Where(c => c.Test is not null).GroupBy(c => c.Test!.Name, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            var numbers = duplicate.Select(c => c.Number).ToList();
            throw new AssignmentFormatException(document.Path, numbers[1], null, $"test name \"{duplicate.Key}\" is also used by cell {numbers[0]}: test names must be unique");
        }

        if (!cells.Any(c => c.Role == CellRole.Test))
        {
            throw new AssignmentFormatException(document.Path, null, null, $"no graded test cells: a test cell starts with \"{CellMarkerParser.TestPrefix} name (points: N)\"");
        }

        return new AssignmentNotebook(document, cells);
    }
}

/// <summary>An assignment notebook whose markers are malformed; the message names the notebook, the cell (1-based, markdown included; null for the whole notebook) and the line.</summary>
public sealed class AssignmentFormatException(string path, int? cellNumber, int? line, string problem)
    : Exception(cellNumber is not { } cell ? $"{path}: {problem}" : line is { } l ? $"{path}, cell {cell}, line {l}: {problem}" : $"{path}, cell {cell}: {problem}")
{
    /// <summary>The assignment notebook.</summary>
    public string Path => path;

    /// <summary>The 1-based cell number, or null when the problem is the notebook as a whole.</summary>
    public int? CellNumber => cellNumber;

    /// <summary>The 1-based line within the cell, if known.</summary>
    public int? Line => line;
}

/// <summary>The part a cell plays in an assignment.</summary>
public enum CellRole
{
    /// <summary>Markdown or raw text: copied to the release, not run at grading.</summary>
    Text,
    /// <summary>The shared set-up cell (only magic commands such as <c>#!import ../setup.dib</c>).</summary>
    Setup,
    /// <summary>A code cell the student keeps or completes; may hold solution regions.</summary>
    Code,
    /// <summary>A graded test cell; may hold hidden tests. At grading the source's copy runs, never the student's.</summary>
    Test,
}

/// <summary>A test cell's first line, <c>// TEST: name (points: N)</c>: a name unique in its notebook, and the points earned when the cell runs without error.</summary>
public sealed record TestHeader(string Name, decimal Points);

/// <summary>A marked region: the 0-based indices of its BEGIN and END marker lines, and for a solution region the text of its <c>// HINT:</c> lines.</summary>
public sealed record LineRegion(int Begin, int End, string Hint = "")
{
    /// <summary>True when line <paramref name="index"/> is one of the region's lines, markers included.</summary>
    public bool Contains(int index) => index >= Begin && index <= End;
}

/// <summary>One cell of an assignment notebook with its markers parsed: its 1-based number among all cells (markdown
/// included), kind ("code", "markdown" or "raw"), text with <c>\n</c> line endings, kernel and role; the header of a
/// test cell; the solution regions of a code cell and the hidden-test regions of a test cell.</summary>
public sealed record AssignmentCell(
    int Number, string Kind, string Source, string Language, CellRole Role, TestHeader? Test, IReadOnlyList<LineRegion> Solutions, IReadOnlyList<LineRegion> Hidden)
{
    /// <summary>The cell's lines.</summary>
    public string[] Lines => Source.Split('\n');
}
