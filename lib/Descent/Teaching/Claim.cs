namespace Descent.Teaching;

/// <summary>
/// A teaching claim checked by code. A lesson states what it teaches ("shuffling fixes this") and
/// calls <see cref="That"/> on the numbers it just computed, so the notebook fails the moment the
/// claim stops holding on the data shown.
/// </summary>
public static class Claim
{
    /// <summary>
    /// Prints <c>✓ statement (evidence)</c> when <paramref name="holds"/> is true; otherwise throws a
    /// <see cref="ClaimFailedException"/> carrying the statement and the evidence.
    /// </summary>
    /// <param name="holds">The checked condition.</param>
    /// <param name="statement">The claim in words, e.g. "momentum needs fewer steps than GD".</param>
    /// <param name="evidence">The numbers behind it, e.g. "42 vs 310 steps".</param>
    public static void That(bool holds, string statement, string evidence = "")
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(statement);
        var suffix = evidence.Length == 0 ? "" : $" ({evidence})";
        if (!holds) throw new ClaimFailedException($"Claim does not hold: {statement}{suffix}");
        Console.WriteLine($"✓ {statement}{suffix}");
    }
}

/// <summary>Thrown by <see cref="Claim.That"/> when a lesson's claim is false on the data shown.</summary>
public sealed class ClaimFailedException(string message) : Exception(message);
