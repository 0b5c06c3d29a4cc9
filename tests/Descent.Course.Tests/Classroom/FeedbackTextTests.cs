using Descent.Course.Classroom.Grading;
using Descent.Course.Classroom.Markers;
using Descent.Course.Classroom.Release;

namespace Descent.Course.Tests.Classroom;

public class FeedbackTextTests
{
    private static readonly AssignmentNotebook Source = AssignmentNotebook.Parse(NotebookBuilder.Of(
        "double Twice(double x)\n{\n    // BEGIN SOLUTION\n    return 2 * x;\n    // END SOLUTION\n}",
        "// TEST: twice (points: 1)\nExercise.Expect(Twice(1) == 2, \"Twice(1)\");\n// BEGIN HIDDEN TESTS\nExercise.ExpectClose(Twice(SecretInput(4.25)), 8.5, 1e-12, \"the secret case\");\n// END HIDDEN TESTS").Json(), "hw.ipynb");

    [Fact]
    public void A_message_quoting_hidden_test_code_is_withheld_however_it_is_spaced()
    {
        var pieces = SecretText.HiddenTestPieces(Source);
        Assert.Equal(FeedbackText.Withheld, FeedbackText.Clean("captured: Twice( SecretInput(4.25) ), 8.5,\n 1e-12", pieces));
        Assert.Equal(FeedbackText.Withheld, FeedbackText.Clean("Twice(Secret\u200BInput(4.25))", pieces));
        Assert.Equal("ExpectationFailedException: Twice(1) is 3", FeedbackText.Clean("Descent.Teaching.Exercise+ExpectationFailedException: Twice(1) is 3", pieces));
    }

    [Fact]
    public void Long_messages_are_cut_to_a_few_lines()
    {
        var message = string.Join("\n", Enumerable.Range(1, 20).Select(i => $"line {i}: error CS0103: The name 'x{i}' does not exist"));
        var clean = FeedbackText.Clean(message, new HashSet<string>());
        Assert.Equal(FeedbackText.MaxLines + 1, clean.Split('\n').Length);
        Assert.EndsWith("(14 more lines)", clean);
        Assert.True(FeedbackText.Clean(new string('x', 5000), new HashSet<string>()).Length <= FeedbackText.MaxLength + 2);
    }

    [Fact]
    public void Test_cells_bind_to_the_course_types_whatever_a_student_declares()
    {
        var bind = TestBinding.For(["using Descent.Teaching;\nusing Descent.Objectives;"]);
        Assert.Equal(
            "var q = new global::Descent.Objectives.Quadratic(new[] { 1.0 });\nglobal::Descent.Teaching.Exercise.Expect(global::System.Math.Abs(q.Value(x)) < 1, \"m\");\nvar l = new global::System.Collections.Generic.List<double>();",
            bind("var q = new Quadratic(new[] { 1.0 });\nExercise.Expect(Math.Abs(q.Value(x)) < 1, \"m\");\nvar l = new List<double>();"));
        Assert.Equal("#!import x\nvar Exercise = 1; Exercise += 1;", bind("#!import x\nvar Exercise = 1; Exercise += 1;"));
    }

    [Fact]
    public void Properties_named_like_types_stay_properties_in_initialisers_and_null_conditional_access()
    {
        var bind = TestBinding.For(["using Descent.Training;\nusing Descent.Schedules;"]);
        Assert.Equal(
            "var o = new global::Descent.Training.TrainingOptions { Schedule = s, EarlyStopping = null } with { Reduction = r };\nvar t = o?.Schedule;",
            bind("var o = new TrainingOptions { Schedule = s, EarlyStopping = null } with { Reduction = r };\nvar t = o?.Schedule;"));
    }
}
