using Descent.Course.Classroom.Grading;
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
        var earned = TestNames.Select(t => actual[t].Points).ToArray();
        if (!points.SequenceEqual(earned))
        {
            Assert.Fail($"{student}: {string.Join(", ", earned)}\n{graded.Feedback(student)}");
        }

        Assert.Equal([4m, 3m, 3m], TestNames.Select(t => actual[t].Max));
    }

    private string Totals(string student) =>
        File.ReadAllLines(Path.Combine(graded.Output, "totals.csv")).Single(l => l.StartsWith(student + ",", StringComparison.Ordinal));

    private const int Students = 28;

    [Fact]
    public void Grading_finishes_for_the_whole_class_and_writes_a_summary()
    {
        Assert.True(graded.Result.ExitCode == 0, graded.Result.Output);
        Assert.Equal(Students * 3, graded.Rows.Count);
        Assert.Contains($"Graded {Students - 7} submissions of {Students} students", graded.Result.Output);
        Assert.Contains("not run: 1 missing, 4 not a notebook, 2 refused.", graded.Result.Output);
        Assert.Equal(Students, Directory.EnumerateFiles(Path.Combine(graded.Output, "feedback"), "*.md").Count());
        Assert.Empty(Directory.EnumerateFiles(graded.Output, "*.tmp", SearchOption.AllDirectories));
        Assert.DoesNotContain(Directory.EnumerateDirectories(Path.GetTempPath(), "descent-grading-*"),
            d => File.Exists(Path.Combine(d, "grader.pid")) && !Directory.Exists("/proc/" + File.ReadAllText(Path.Combine(d, "grader.pid"))));
        Console.WriteLine($"Graded a class of {Students} in {graded.Elapsed.TotalSeconds:0} s ({(GradedClass.Sandboxed ? "sandboxed" : "weak mode")}).");
    }

    [Fact]
    public void A_correct_submission_gets_full_marks()
    {
        AssertPoints("correct", 4, 3, 3);
        Assert.Equal("correct,01-gradient-descent,10,10,Graded,correct,", Totals("correct"));
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
        Assert.Contains(",TimedOut,", Totals("endless-loop"));
        Assert.Contains($"the time limit of {GradedClass.TimeoutSeconds} s was exceeded", graded.Feedback("endless-loop"));
        Assert.Contains("while running your cell 12", graded.Feedback("endless-loop"));
    }

    [Fact]
    public void A_stack_overflow_ends_only_that_students_process()
    {
        AssertPoints("stack-overflow", 4, 0, 0);
        Assert.Contains(",Crashed,", Totals("stack-overflow"));
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
        Assert.Contains(",ExitedEarly,", Totals("exits"));
        Assert.Contains("Environment.Exit", graded.Feedback("exits"));
    }

    [Fact]
    public void A_file_that_is_not_a_notebook_and_a_missing_notebook_score_zero_with_the_reason()
    {
        AssertPoints("not-json", 0, 0, 0);
        Assert.Contains(",NotANotebook,", Totals("not-json"));
        Assert.Contains("01-gradient-descent.ipynb is not a Jupyter notebook (line 1): malformed notebook JSON", graded.Feedback("not-json"));
        Assert.EndsWith(",Missing,missing,", Totals("missing"));
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
    public void A_failing_hidden_test_shows_only_its_name_and_points_and_no_output_holds_hidden_code()
    {
        AssertPoints("hidden-fail", 0, 3, 3);
        Assert.Contains("a hidden test failed (0 / 4 points)", graded.Feedback("hidden-fail"));
        var source = AssignmentNotebook.Load(graded.SourcePath);
        var hidden = SecretText.HiddenTestLines(source).Concat(SecretText.SolutionLines(source)).Select(Squeeze).ToList();
        Assert.NotEmpty(hidden);
        foreach (var text in graded.Outputs().Select(Squeeze))
        {
            Assert.All(hidden, line => Assert.DoesNotContain(line, text));
            Assert.DoesNotContain("GradientDescent changed the caller", text);
        }
    }

    private static string Squeeze(string text) => new(text.Where(c => !char.IsWhiteSpace(c) && c != '\u200B').ToArray());

    [Fact]
    public void A_student_class_named_like_the_course_checks_changes_nothing()
    {
        AssertPoints("fake-exercise", 4, 0, 3);
        Assert.Contains("the bound for eigenvalues 1 and 10 is 1, expected 0.2", graded.Feedback("fake-exercise"));
    }

    [Fact]
    public void Forged_reports_on_standard_output_count_for_nothing_and_are_flagged()
    {
        AssertPoints("forges-reports", 4, 0, 3);
        Assert.Contains("standard streams (OpenStandardOutput)", Totals("forges-reports"));
        Assert.Contains("Flagged for the teacher to review", graded.Feedback("forges-reports"));
    }

    [Fact]
    public void A_message_that_quotes_hidden_test_code_is_withheld()
    {
        AssertPoints("quotes-hidden", 4, 3, 3);
        Assert.Contains(FeedbackText.Withheld, graded.Feedback("quotes-hidden"));
        Assert.DoesNotContain("LEAK", graded.Feedback("quotes-hidden"));
    }

    [Fact]
    public void Under_the_sandbox_a_cell_reaches_nothing_outside_its_own_copy_and_leaves_no_process()
    {
        Assert.Contains(GradedClass.Sandboxed ? "# grading: sandboxed" : "# grading: WEAK MODE", File.ReadAllLines(Path.Combine(graded.Output, "gradebook.csv"))[0]);
        Assert.Contains(GradedClass.Sandboxed ? "sandboxed: each submission ran under bubblewrap" : "WEAK MODE, NOT SANDBOXED", graded.Result.Output);
        AssertPoints("escapes", 4, 3, 3);
        AssertPoints("deletes-tool", 4, 3, 3);
        AssertPoints("correct", 4, 3, 3);
        Assert.DoesNotContain(graded.Rows, row => row.Contains("forged"));
        Assert.Equal(graded.SourceBefore, File.ReadAllBytes(graded.SourcePath));
        if (GradedClass.Sandboxed)
        {
            Assert.All(graded.Sources, file => Assert.Equal(file.Value, File.ReadAllBytes(file.Key)));
            Assert.Contains("NOTHING-REACHED", graded.Feedback("escapes"));
            Assert.Contains("DELETED 0", graded.Feedback("deletes-tool"));
            Assert.Empty(graded.Survivors);
        }
    }

    [Theory]
    [InlineData("bad-cell-type", "cell 1: \"cell_type\" is not a string")]
    [InlineData("bad-source", "cell 2: \"source\" is a list with an item that is not a string")]
    [InlineData("bad-metadata", "cell 2: \"metadata\" is not an object")]
    [InlineData("link-to-zero", "is a link; hand in the notebook itself")]
    [InlineData("link-to-source", "is a link; hand in the notebook itself")]
    public void A_malformed_or_linked_notebook_is_that_students_row_with_the_reason(string student, string reason)
    {
        AssertPoints(student, 0, 0, 0);
        Assert.Contains(reason, graded.Feedback(student));
    }

    [Fact]
    public void Odd_names_are_normalised_kept_as_handed_in_and_never_run_as_formulas()
    {
        var longName = GradedClass.LongName[..80] + "…";
        AssertPoints(longName, 4, 3, 3);
        AssertPoints("Zoë odd", 4, 3, 3);
        Assert.Contains(GradedClass.OddName, File.ReadAllText(Path.Combine(graded.Output, "totals.csv")));
        AssertPoints("'=SUM(1+1)", 0, 0, 0);
        Assert.DoesNotContain(File.ReadAllLines(Path.Combine(graded.Output, "gradebook.csv")), line => line.StartsWith('='));
        Assert.Contains("# Feedback for Zoë odd", graded.Feedback("Zoë odd"));
    }

    [Fact]
    public void The_source_assignment_is_byte_identical_after_grading() =>
        Assert.Equal(graded.SourceBefore, File.ReadAllBytes(graded.SourcePath));
}
