using Descent.Course.Engine;
using Descent.Course.Classroom.Release;

namespace Descent.Course.Classroom.Markers;

/// <summary>
/// A teacher's assignment notebook: the full solution, the graded test cells and the hidden tests, with every marker
/// checked. Loading it is the first step of both <c>assign</c> and <c>grade</c>.
/// </summary>
public sealed class AssignmentNotebook
{
    private AssignmentNotebook(Notebook document, IReadOnlyList<AssignmentCell> cells)
    {
        Document = document;
        Cells = cells;
        Tests = cells.Where(cell => cell.Role == CellRole.Test).ToList();
    }

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
        var seenCode = false;
        var sources = document.Cells;
        for (var i = 0; i < sources.Count; i++)
        {
            var (kind, source, language) = sources[i];
            var cell = CellMarkerParser.Parse(document.Path, i + 1, kind, source, language, !seenCode && kind == "code");
            seenCode |= kind == "code";
            StubSyntaxCheck.Check(document.Path, cell);
            cells.Add(cell);
        }

        var duplicate = cells.Where(c => c.Test is not null)
            .GroupBy(c => c.Test!.Name, StringComparer.OrdinalIgnoreCase)
            .FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            var numbers = duplicate.Select(c => c.Number).ToList();
            throw new AssignmentFormatException(document.Path, numbers[1], null,
                $"test name \"{duplicate.Key}\" is also used by cell {numbers[0]}: test names must be unique");
        }

        if (!cells.Any(c => c.Role == CellRole.Test))
        {
            throw new AssignmentFormatException(document.Path, null, null,
                $"no graded test cells: a test cell starts with \"{MarkerSyntax.TestPrefix} name (points: N)\"");
        }

        return new AssignmentNotebook(document, cells);
    }
}
