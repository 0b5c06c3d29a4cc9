namespace Descent.Course.Classroom.Isolation;

/// <summary>The limits each submission is graded under.</summary>
public sealed record GradingLimits
{
    /// <summary>Wall-clock time for one submission, process start-up included; past it the process tree is killed. Default 120 s.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(120);

    /// <summary>
    /// Memory for one submission's process, in MB (default 2048): the GC heap is capped at this size
    /// (<c>DOTNET_GCHeapHardLimit</c>, so a huge allocation throws <see cref="OutOfMemoryException"/> in the cell), and the
    /// process is killed when its working set grows past it.
    /// </summary>
    public int MemoryMegabytes { get; init; } = 2048;

    /// <summary>Submissions graded at once (default: the number of cores).</summary>
    public int Parallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>Checks the limits.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A limit is out of range.</exception>
    public GradingLimits Validated()
    {
        if (Timeout <= TimeSpan.Zero || Timeout > TimeSpan.FromHours(2))
        {
            throw new ArgumentOutOfRangeException(nameof(Timeout), Timeout.TotalSeconds, "The time limit must be between 0 and 7200 seconds.");
        }

        if (MemoryMegabytes < 256 || MemoryMegabytes > 65536)
        {
            throw new ArgumentOutOfRangeException(nameof(MemoryMegabytes), MemoryMegabytes, "The memory limit must be between 256 and 65536 MB.");
        }

        if (Parallelism < 1 || Parallelism > 64)
        {
            throw new ArgumentOutOfRangeException(nameof(Parallelism), Parallelism, "Parallelism must be between 1 and 64.");
        }

        return this;
    }
}
