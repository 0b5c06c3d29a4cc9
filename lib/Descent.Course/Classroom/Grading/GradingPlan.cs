using Descent.Course.Classroom.Markers;
using Descent.Course.Engine;

namespace Descent.Course.Classroom.Grading;

/// <summary>The cells a submission is graded with: the student's code cells in the student's order, with every test cell
/// taken from the source. A student's test cell is recognised by its <c>// TEST: name</c> line and replaced by the
/// source's cell of that name (so editing a test changes nothing); a test the student deleted runs just before the
/// next test that is still there, or at the end; a copied test runs once. The source's set-up cell replaces the
/// student's first cell when that is a set-up cell, or comes first otherwise. Test cells bind to the course's types
/// (<see cref="TestBinding"/>); a test cell whose hidden tests end it runs as two cells, the visible checks and then the
/// hidden ones, so that a failure of the visible part keeps its message and one of the hidden part never shows any.</summary>
public sealed class GradingPlan
{
    private GradingPlan(IReadOnlyList<PlannedCell> cells) => Cells = cells;

    /// <summary>The code cells to run, in order.</summary>
    public IReadOnlyList<PlannedCell> Cells { get; }

    /// <summary>Merges a submission with the source's tests.</summary>
    public static GradingPlan Build(AssignmentNotebook source, IReadOnlyList<SubmittedCell> submission, Func<string, string>? bind = null)
    {
        bind ??= TestBinding.For(source.Cells.Where(c => c.Kind == "code").Select(c => c.Source));
        var tests = source.Tests.ToDictionary(t => t.Test!.Name, StringComparer.OrdinalIgnoreCase);
        var code = submission.Where(c => c.Kind == "code").ToList();
        var present = code.Select(TestName).Where(name => name is not null && tests.ContainsKey(name)).ToHashSet(StringComparer.OrdinalIgnoreCase);

        var cells = new List<PlannedCell>();
        if (source.Setup is { } setup)
        {
            cells.Add(new PlannedCell(setup.Source, setup.Language, CellOrigin.Setup, null, null));
            if (code.Count > 0 && CellMarkerParser.IsSetup(code[0].Source.Split('\n')))
            {
                code.RemoveAt(0);
            }
        }

        var placed = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        void Place(AssignmentCell test)
        {
            foreach (var (part, hidden) in Parts(test))
            {
                cells.Add(new PlannedCell(bind(part), test.Language, CellOrigin.Test, null, test, hidden));
            }

            placed.Add(test.Test!.Name);
        }

        foreach (var cell in code)
        {
            if (TestName(cell) is not { } name || !tests.TryGetValue(name, out var test))
            {
                cells.Add(new PlannedCell(cell.Source, cell.Language, CellOrigin.Student, cell.Number, null));
            }
            else if (!placed.Contains(name))
            {
                // Tests deleted by the student that come before this one in the source run here, in source order.
                foreach (var deleted in source.Tests.TakeWhile(t => t != test).Where(t => !placed.Contains(t.Test!.Name) && !present.Contains(t.Test!.Name)))
                {
                    Place(deleted);
                }

                Place(test);
            }
        }

        foreach (var test in source.Tests.Where(t => !placed.Contains(t.Test!.Name)))
        {
            Place(test);
        }

        return new GradingPlan(cells);
    }

    // (visible part, false) then (hidden part, true) when the hidden regions end the cell; else the whole cell.
    private static IEnumerable<(string Source, bool Hidden)> Parts(AssignmentCell test)
    {
        if (test.Hidden.Count == 0)
        {
            return [(test.Source, false)];
        }

        var lines = test.Lines;
        var start = test.Hidden[0].Begin;
        var inside = lines.Select((_, i) => test.Hidden.Any(r => r.Contains(i))).ToArray();
        if (!Enumerable.Range(start, lines.Length - start).All(i => inside[i] || CellMarkerParser.IsBlankOrComment(lines[i])))
        {
            return [(test.Source, true)];
        }

        var visible = string.Join('\n', lines[..start]);
        var hidden = string.Join('\n', lines.Select((line, i) => inside[i] && CellMarkerParser.Classify(line) == MarkerKind.None ? line : ""));
        return [(visible, false), (hidden, true)];
    }

    private static string? TestName(SubmittedCell cell) =>
        cell.Source.Split('\n').FirstOrDefault(line => line.Trim().Length > 0) is { } first ? CellMarkerParser.TestName(first, out _) : null;
}

/// <summary>Where a cell that runs at grading comes from: the source's set-up cell, a student's code cell, or a test cell of the source (hidden tests included).</summary>
public enum CellOrigin { Setup, Student, Test }

/// <summary>One code cell of a grading run: its code, kernel and origin; for a student cell its number in the student's
/// notebook; for a test cell the source's test cell, and whether it runs hidden tests (then its failure message is
/// never shown).</summary>
public sealed record PlannedCell(string Source, string Language, CellOrigin Origin, int? StudentCellNumber, AssignmentCell? Test, bool Hidden = false);

/// <summary>What running a <see cref="GradingPlan"/> gave: reports for the cells that finished, in order; why it stopped early (null when every cell was reported); its wall-clock time.</summary>
public sealed record PlanRun(IReadOnlyList<CellReport> Cells, Interruption? Interruption, TimeSpan Elapsed);

/// <summary>What happened to cell <paramref name="Number"/> (1-based in <see cref="GradingPlan.Cells"/>), with the error text of a cell that did not succeed.</summary>
public sealed record CellReport(int Number, CellStatus Status, string? Error);

/// <summary>Why a grading run stopped before its last cell, with a sentence for the student, e.g. "stack overflow (a method that calls itself without end?)".</summary>
public sealed record Interruption(SubmissionStatus Status, string Reason);
