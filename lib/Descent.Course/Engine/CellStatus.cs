namespace Descent.Course.Engine;

/// <summary>What happened to a cell.</summary>
public enum CellStatus
{
    /// <summary>The cell ran to the end (markdown cells are always succeeded).</summary>
    Succeeded,

    /// <summary>The cell did not compile or threw.</summary>
    Failed,

    /// <summary>The cell ran past the time limit and was abandoned.</summary>
    TimedOut,

    /// <summary>The cell was not run because an earlier cell timed out and left the kernel unusable.</summary>
    Skipped,
}
