using Descent.Course.Classroom.Release;
using Descent.Course.Classroom.Markers;
using Descent.Course.Tests.Support;

namespace Descent.Course.Tests.Classroom;

/// <summary>What grading a whole class gives each kind of submission (one <c>grade</c> run, see <see cref="GradedClass"/>).</summary>
[Trait("Category", "Slow")]
public class GradeCommandTests(GradedClass graded) : IClassFixture<GradedClass>
{
    private static readonly string[] TestNames = ["the loop matches the iterates by hand", "the stability bound", "the best candidate rate"];

    private void AssertPoints(string student, params decimal[] points)
    {
        var actual = graded.Points(student);
        Assert.Equal(TestNames, actual.Keys);
        Assert.Equal(points, TestNames.Select(t => actual[t].Points));
        Assert.Equal([4m, 3m, 3m], TestNames.Select(t => actual[t].Max));
    }

    private string Totals(string student) =>
        File.ReadAllLines(Path.Combine(graded.Output, "totals.csv")).Single(l => l.StartsWith(student + ",", StringComparison.Ordinal));

    [Fact]
    public void Grading_finishes_for_the_whole_class_and_writes_a_summary()
    {
        Assert.True(graded.Result.ExitCode == 0, graded.Result.Output);
        Assert.Equal(15 * 3, graded.Rows.Count);
        Assert.Contains("Graded 15 submissions of 15 students", graded.Result.Output);
        Assert.Equal(15, Directory.EnumerateFiles(Path.Combine(graded.Output, "feedback"), "*.md").Count());
    }

    [Fact]
    public void A_correct_submission_gets_full_marks()
    {
        AssertPoints("correct", 4, 3, 3);
        Assert.Equal("correct,01-gradient-descent,10,10,Graded", Totals("correct"));
        Assert.Contains("| the loop matches the iterates by hand | 4 / 4 | passed |", graded.Feedback("correct"));
    }

    [Fact]
    public void The_untouched_release_gets_nothing_and_the_hints_as_reasons()
    {
        AssertPoints("untouched", 0, 0, 0);
        var feedback = graded.Feedback("untouched");
        Assert.Contains("NotImplementedException: Copy start, then for each step", feedback);
        Assert.Contains("NotImplementedException: The bound is 2 divided by the largest eigenvalue of f.", feedback);
    }

    [Fact]
    public void A_compile_error_costs_the_tests_that_need_the_code_and_is_explained()
    {
        AssertPoints("compile-error", 0, 0, 0);
        var feedback = graded.Feedback("compile-error");
        Assert.Contains("Your cell 5 failed: line", feedback);
        Assert.Contains("CS1002", feedback);
    }

    [Fact]
    public void A_throwing_cell_fails_the_tests_that_call_it_with_the_exception_as_reason()
    {
        AssertPoints("throwing", 4, 0, 0);
        Assert.Contains("InvalidOperationException: not today", graded.Feedback("throwing"));
    }

    [Fact]
    public void An_endless_loop_is_stopped_at_the_time_limit_and_earlier_tests_keep_their_points()
    {
        AssertPoints("endless-loop", 4, 3, 0);
        Assert.EndsWith(",TimedOut", Totals("endless-loop"));
        Assert.Contains($"the time limit of {GradedClass.TimeoutSeconds} s was exceeded", graded.Feedback("endless-loop"));
        Assert.Contains("while running your cell 12", graded.Feedback("endless-loop"));
    }

    [Fact]
    public void A_stack_overflow_ends_only_that_students_process()
    {
        AssertPoints("stack-overflow", 4, 0, 0);
        Assert.EndsWith(",Crashed", Totals("stack-overflow"));
        Assert.Contains("stack overflow", graded.Feedback("stack-overflow"));
        Assert.Contains("while running test \"the stability bound\"", graded.Feedback("stack-overflow"));
    }

    [Fact]
    public void A_huge_allocation_fails_within_the_memory_limit()
    {
        AssertPoints("huge-allocation", 4, 3, 0);
        Assert.Matches("OutOfMemoryException|memory limit", graded.Feedback("huge-allocation"));
    }

    [Fact]
    public void Environment_exit_ends_the_run_and_the_remaining_tests_score_zero()
    {
        AssertPoints("exits", 4, 3, 0);
        Assert.EndsWith(",ExitedEarly", Totals("exits"));
        Assert.Contains("Environment.Exit", graded.Feedback("exits"));
    }

    [Fact]
    public void A_file_that_is_not_a_notebook_and_a_missing_notebook_score_zero_with_the_reason()
    {
        AssertPoints("not-json", 0, 0, 0);
        Assert.EndsWith(",NotANotebook", Totals("not-json"));
        Assert.Contains("01-gradient-descent.ipynb is not a Jupyter notebook (line 1): malformed notebook JSON", graded.Feedback("not-json"));
        AssertPoints("missing", 0, 0, 0);
        Assert.Contains("no submission: expected missing/01-gradient-descent.ipynb", graded.Feedback("missing"));
    }

    [Fact]
    public void A_cell_cannot_reach_the_source_assignment()
    {
        AssertPoints("reads-source", 4, 3, 3);
        Assert.Contains("NOTHING-REACHABLE", graded.Feedback("reads-source"));
        Assert.Equal(graded.SourceBefore, File.ReadAllBytes(graded.SourcePath));
    }

    [Fact]
    public void A_cell_cannot_write_the_gradebook()
    {
        AssertPoints("writes-gradebook", 4, 3, 3);
        Assert.Contains("NOTHING-WRITTEN", graded.Feedback("writes-gradebook"));
        Assert.DoesNotContain(graded.Rows, row => row[2] == "forged");
    }

    [Fact]
    public void Edited_or_deleted_test_cells_change_nothing_the_source_tests_run()
    {
        AssertPoints("edited-tests", 4, 0, 0);
        Assert.Contains("the bound for eigenvalues 1 and 10 is 0.1, expected 0.2", graded.Feedback("edited-tests"));
        AssertPoints("deleted-tests", 4, 3, 3);
    }

    [Fact]
    public void A_failing_hidden_test_shows_its_message_but_never_its_code()
    {
        AssertPoints("hidden-fail", 0, 3, 3);
        Assert.Contains("GradientDescent changed the caller's start array", graded.Feedback("hidden-fail"));
        var hidden = SecretText.HiddenTestLines(AssignmentNotebook.Load(graded.SourcePath));
        Assert.NotEmpty(hidden);
        foreach (var file in Directory.EnumerateFiles(graded.Output, "*", SearchOption.AllDirectories))
        {
            var text = File.ReadAllText(file);
            Assert.All(hidden, line => Assert.DoesNotContain(line, text));
        }

        Assert.All(hidden, line => Assert.DoesNotContain(line, graded.Result.Output));
    }

    [Fact]
    public void The_source_assignment_is_byte_identical_after_grading() =>
        Assert.Equal(graded.SourceBefore, File.ReadAllBytes(graded.SourcePath));
}
