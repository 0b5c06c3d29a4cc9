using Descent.Course.Engine;

namespace Descent.Course.Cli;

/// <summary>What one <c>run</c> produced: the executed notebooks and the inputs that could not be run.</summary>
/// <param name="Runs">The notebooks that were run, in order.</param>
/// <param name="InputErrors">One line per missing path or malformed notebook.</param>
/// <param name="Elapsed">Total wall-clock time.</param>
public sealed record RunOutcome(IReadOnlyList<NotebookRun> Runs, IReadOnlyList<string> InputErrors, TimeSpan Elapsed)
{
    /// <summary>The process exit code: input errors first, then failed cells.</summary>
    public int ExitCode =>
        InputErrors.Count > 0 ? ExitCodes.UsageError
        : Runs.Any(run => !run.Succeeded) ? ExitCodes.CellFailed
        : ExitCodes.Success;
}
