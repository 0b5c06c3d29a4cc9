using Descent.Course.Classroom.Markers;

namespace Descent.Course.Classroom.Grading;

/// <summary>
/// The cells a submission is graded with: the student's code cells in the student's order, with every test cell
/// taken from the source. A student's test cell is recognised by its <c>// TEST: name</c> line and replaced by the
/// source's cell of that name (so editing a test changes nothing); a test the student deleted runs just before the
/// next test that is still there, or at the end; a copied test runs once. The source's set-up cell replaces the
/// student's first cell when that is a set-up cell, or comes first otherwise.
/// </summary>
public sealed class GradingPlan
{
    private GradingPlan(IReadOnlyList<PlannedCell> cells) => Cells = cells;

    /// <summary>The code cells to run, in order.</summary>
    public IReadOnlyList<PlannedCell> Cells { get; }

    /// <summary>Merges a submission with the source's tests.</summary>
    public static GradingPlan Build(AssignmentNotebook source, IReadOnlyList<SubmittedCell> submission)
    {
        var tests = source.Tests.ToDictionary(t => t.Test!.Name, StringComparer.OrdinalIgnoreCase);
        var code = submission.Where(c => c.Kind == "code").ToList();
        var present = code.Select(TestName).Where(name => name is not null && tests.ContainsKey(name))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);

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
            cells.Add(new PlannedCell(test.Source, test.Language, CellOrigin.Test, null, test));
            placed.Add(test.Test!.Name);
        }

        foreach (var cell in code)
        {
            var name = TestName(cell);
            if (name is not null && tests.TryGetValue(name, out var test))
            {
                if (placed.Contains(name))
                {
                    continue;
                }

                // Tests deleted by the student that come before this one in the source run here, in source order.
                foreach (var deleted in source.Tests.TakeWhile(t => t != test).Where(t => !placed.Contains(t.Test!.Name) && !present.Contains(t.Test!.Name)))
                {
                    Place(deleted);
                }

                Place(test);
                continue;
            }

            cells.Add(new PlannedCell(cell.Source, cell.Language, CellOrigin.Student, cell.Number, null));
        }

        foreach (var test in source.Tests.Where(t => !placed.Contains(t.Test!.Name)))
        {
            Place(test);
        }

        return new GradingPlan(cells);
    }

    private static string? TestName(SubmittedCell cell)
    {
        var first = cell.Source.Split('\n').FirstOrDefault(line => line.Trim().Length > 0);
        if (first is null || MarkerSyntax.Classify(first) != MarkerKind.Test)
        {
            return null;
        }

        MarkerSyntax.TrySplitTestText(MarkerSyntax.TestText(first), out var name, out _);
        return name;
    }
}
