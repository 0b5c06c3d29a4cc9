using Descent.Course.Classroom.Grading;
using Descent.Course.Classroom.Markers;

namespace Descent.Course.Tests.Classroom;

public class GradingPlanTests
{
    private static readonly AssignmentNotebook Source = AssignmentNotebook.Parse(NotebookBuilder.Of(
        "md: # Title",
        "#!import ../setup.dib",
        "int F() { return 1; }",
        "// TEST: first (points: 1)\nCheck(F() == 1);\n// BEGIN HIDDEN TESTS\nCheck(F() > 0);\n// END HIDDEN TESTS",
        "int G() { return 2; }",
        "// TEST: second (points: 2)\nCheck(G() == 2);",
        "// TEST: third (points: 3)\nCheck(F() + G() == 3);").Json(), "hw.ipynb");

    private static GradingPlan Plan(params string[] cells) =>
        GradingPlan.Build(Source, Assignment(cells));

    private static IReadOnlyList<SubmittedCell> Assignment(string[] cells) =>
        SubmissionReader.Parse(NotebookBuilder.Of(cells).Json(), "student.ipynb");

    private static string Describe(PlannedCell cell) => cell.Origin switch
    {
        CellOrigin.Test => "test:" + cell.Test!.Test!.Name,
        CellOrigin.Setup => "setup",
        _ => "student:" + cell.StudentCellNumber,
    };

    [Fact]
    public void An_unchanged_submission_runs_its_code_with_the_source_test_cells_hidden_tests_as_their_own_cell()
    {
        var plan = GradingPlan.Build(Source, Assignment(Source.Cells.Select(c => c.Kind == "markdown" ? "md: " + c.Source : c.Source).ToArray()));
        Assert.Equal(["setup", "student:3", "test:first", "test:first", "student:5", "test:second", "test:third"], plan.Cells.Select(Describe));
        Assert.Equal("// TEST: first (points: 1)\nCheck(F() == 1);", plan.Cells[2].Source);
        Assert.False(plan.Cells[2].Hidden);
        Assert.Contains("Check(F() > 0);", plan.Cells[3].Source);
        Assert.DoesNotContain("HIDDEN", plan.Cells[3].Source);
        Assert.True(plan.Cells[3].Hidden);
    }

    [Fact]
    public void An_edited_test_cell_is_replaced_by_the_source_cell_of_that_name()
    {
        var plan = Plan("#!import ../setup.dib", "int F() { return 5; }", "// TEST: first (points: 100)\n// trust me", "int G() { return 2; }",
            "// TEST: second (points: 2)\nCheck(G() == 2);", "// TEST: third (points: 3)\nCheck(F() + G() == 3);");
        var first = plan.Cells.First(c => c.Test?.Test?.Name == "first");
        Assert.Equal("// TEST: first (points: 1)\nCheck(F() == 1);", first.Source);
        Assert.Equal(1m, first.Test!.Test!.Points);
        Assert.DoesNotContain(plan.Cells, c => c.Source.Contains("trust me"));
    }

    [Fact]
    public void Deleted_tests_run_before_the_next_remaining_test_or_at_the_end()
    {
        var plan = Plan("#!import ../setup.dib", "int F() { return 1; }", "int G() { return 2; }", "// TEST: second (points: 2)\nCheck(G() == 2);", "var extra = 1;");
        Assert.Equal(["setup", "student:2", "student:3", "test:first", "test:first", "test:second", "student:5", "test:third"], plan.Cells.Select(Describe));

        var none = Plan("int F() { return 1; }");
        Assert.Equal(["setup", "student:1", "test:first", "test:first", "test:second", "test:third"], none.Cells.Select(Describe));
    }

    [Fact]
    public void A_copied_test_runs_once_and_an_unknown_test_header_is_student_code()
    {
        var plan = Plan("#!import ../setup.dib", "int F() { return 1; }", "// TEST: first (points: 1)\nx", "// TEST: First (points: 1)\ny",
            "// TEST: made up (points: 50)\nvar z = 1;", "int G() { return 2; }");
        Assert.Equal(2, plan.Cells.Count(c => c.Test?.Test?.Name == "first"));
        Assert.Contains(plan.Cells, c => c.Origin == CellOrigin.Student && c.Source.Contains("made up"));
        Assert.Equal(4, plan.Cells.Count(c => c.Origin == CellOrigin.Test));
    }

    [Fact]
    public void The_source_set_up_cell_replaces_the_students_and_markdown_never_runs()
    {
        var plan = Plan("md: # my notes", "#!import ../../../etc/elsewhere.dib", "int F() { return 1; }");
        Assert.Equal("#!import ../setup.dib", plan.Cells[0].Source);
        Assert.DoesNotContain(plan.Cells, c => c.Source.Contains("elsewhere") || c.Source.Contains("my notes"));
    }
}
