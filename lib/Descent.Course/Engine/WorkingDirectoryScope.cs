namespace Descent.Course.Engine;

/// <summary>
/// Sets the process working directory for the life of the scope and restores it afterwards.
/// <c>#r</c>, <c>#load</c> and <c>#!import</c> resolve relative paths against the process working directory, which is
/// process-wide, so only one scope may be open at a time: notebooks run one after another.
/// </summary>
internal sealed class WorkingDirectoryScope : IDisposable
{
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private readonly string _previous;

    private WorkingDirectoryScope(string previous) => _previous = previous;

    /// <summary>Waits for any other scope to close, then changes to <paramref name="directory"/>.</summary>
    public static async Task<WorkingDirectoryScope> EnterAsync(string directory, CancellationToken cancellationToken)
    {
        await Gate.WaitAsync(cancellationToken);
        var previous = Directory.GetCurrentDirectory();
        try
        {
            Directory.SetCurrentDirectory(directory);
        }
        catch
        {
            Gate.Release();
            throw;
        }

        return new WorkingDirectoryScope(previous);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        try
        {
            Directory.SetCurrentDirectory(_previous);
        }
        finally
        {
            Gate.Release();
        }
    }
}
