namespace Descent.Teaching;

/// <summary>
/// The check behind a lesson's exercise. The student's code starts as a stub that throws
/// <see cref="NotImplementedException"/>; until it is replaced, <see cref="Check"/> prints the hint
/// instead of failing, so a lesson still runs top to bottom. Once attempted, a wrong answer fails the
/// cell with the expectation that was not met and the hint.
/// </summary>
public static class Exercise
{
    /// <summary>Outcome of one <see cref="Check"/>.</summary>
    public enum Outcome
    {
        /// <summary>The stub still throws <see cref="NotImplementedException"/>: the hint was printed.</summary>
        NotAttempted,
        /// <summary>Every expectation held.</summary>
        Correct,
    }

    /// <summary>
    /// Runs <paramref name="check"/> (which calls the student's code and <see cref="Expect"/> /
    /// <see cref="ExpectClose"/>). Returns <see cref="Outcome.NotAttempted"/> when the student's code
    /// still throws <see cref="NotImplementedException"/>, <see cref="Outcome.Correct"/> when every
    /// expectation holds, and throws <see cref="ExerciseFailedException"/> (with the hint) when one fails or the
    /// student's code throws anything else (the original exception is its inner exception).
    /// </summary>
    public static Outcome Check(string name, Action check, string hint)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(check);
        try
        {
            check();
        }
        catch (NotImplementedException)
        {
            Console.WriteLine($"… Exercise {name}: not attempted yet. Hint: {hint}");
            return Outcome.NotAttempted;
        }
        catch (ExpectationFailedException e)
        {
            throw new ExerciseFailedException($"Exercise {name}: {e.Message}. Hint: {hint}");
        }
        catch (Exception e) when (e is not ExerciseFailedException)
        {
            throw new ExerciseFailedException($"Exercise {name}: your code threw {e.GetType().Name}: {e.Message.TrimEnd('.')}. Hint: {hint}", e);
        }
        Console.WriteLine($"✓ Exercise {name}: correct.");
        return Outcome.Correct;
    }

    /// <summary>Fails the exercise with <paramref name="message"/> unless <paramref name="condition"/> holds.</summary>
    public static void Expect(bool condition, string message)
    {
        if (!condition) throw new ExpectationFailedException(message);
    }

    /// <summary>Fails unless |actual − expected| ≤ tolerance·max(1, |expected|); the message names both values.</summary>
    public static void ExpectClose(double actual, double expected, double tolerance, string what)
    {
        var close = Math.Abs(actual - expected) <= tolerance * Math.Max(1, Math.Abs(expected));
        Expect(close, $"{what} is {actual:G10}, expected {expected:G10} (tolerance {tolerance:G3})");
    }

    private sealed class ExpectationFailedException(string message) : Exception(message);
}

/// <summary>Thrown by <see cref="Exercise.Check"/> when an attempted answer is wrong.</summary>
public sealed class ExerciseFailedException(string message, Exception? inner = null) : Exception(message, inner);
