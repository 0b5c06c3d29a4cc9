using Descent.Teaching;

namespace Descent.Tests.Teaching;

public class ClaimAndExerciseTests
{
    [Fact]
    public void A_true_claim_passes_and_a_false_one_throws_with_its_evidence()
    {
        Claim.That(1 < 2, "one is less than two");
        var e = Assert.Throws<ClaimFailedException>(() => Claim.That(3 < 2, "three is less than two", "3 vs 2"));
        Assert.Equal("Claim does not hold: three is less than two (3 vs 2)", e.Message);
    }

    [Fact]
    public void An_exercise_still_stubbed_is_not_attempted_rather_than_failed()
    {
        var outcome = Exercise.Check("1.1", () => throw new NotImplementedException(), "use the derivative");
        Assert.Equal(Exercise.Outcome.NotAttempted, outcome);
    }

    [Fact]
    public void A_correct_answer_passes()
    {
        var outcome = Exercise.Check("1.2", () => Exercise.ExpectClose(0.1 + 0.2, 0.3, 1e-12, "the sum"), "add");
        Assert.Equal(Exercise.Outcome.Correct, outcome);
    }

    [Fact]
    public void A_wrong_answer_fails_with_the_values_and_the_hint()
    {
        var e = Assert.Throws<ExerciseFailedException>(() =>
            Exercise.Check("1.3", () => Exercise.ExpectClose(0.5, 0.25, 1e-9, "the step"), "halve it"));
        Assert.Contains("the step is 0.5, expected 0.25", e.Message);
        Assert.Contains("Hint: halve it", e.Message);
        Assert.StartsWith("Exercise 1.3:", e.Message);
    }

    [Fact]
    public void Code_that_throws_fails_the_exercise_naming_the_exception_and_the_hint()
    {
        var e = Assert.Throws<ExerciseFailedException>(() =>
            Exercise.Check("1.4", () => checked((int)Math.Pow(10, 10)).ToString(), "count in long"));
        Assert.Equal("Exercise 1.4: your code threw OverflowException: Arithmetic operation resulted in an overflow. Hint: count in long", e.Message);
        Assert.IsType<OverflowException>(e.InnerException);
    }
}
