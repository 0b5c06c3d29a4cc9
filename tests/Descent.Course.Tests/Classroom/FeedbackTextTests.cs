using Descent.Course.Classroom.Grading;

namespace Descent.Course.Tests.Classroom;

public class FeedbackTextTests
{
    [Fact]
    public void Hidden_test_lines_in_a_message_are_replaced_and_type_names_shortened()
    {
        var hidden = new[] { "Exercise.ExpectClose(Secret(4.0), 0.5, 1e-12, \"bound\");" };
        var message = "Descent.Teaching.Exercise+ExpectationFailedException: failed at Exercise.ExpectClose(Secret(4.0), 0.5, 1e-12, \"bound\"); in cell";
        Assert.Equal("ExpectationFailedException: failed at [hidden] in cell", FeedbackText.Clean(message, hidden));
    }

    [Fact]
    public void Long_messages_are_cut_to_a_few_lines()
    {
        var message = string.Join("\n", Enumerable.Range(1, 20).Select(i => $"line {i}: error CS0103: The name 'x{i}' does not exist"));
        var clean = FeedbackText.Clean(message, []);
        Assert.Equal(FeedbackText.MaxLines + 1, clean.Split('\n').Length);
        Assert.EndsWith("(14 more lines)", clean);
        Assert.True(FeedbackText.Clean(new string('x', 5000), []).Length <= FeedbackText.MaxLength + 2);
    }
}
