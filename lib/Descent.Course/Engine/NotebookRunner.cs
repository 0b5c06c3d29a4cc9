using System.Diagnostics;

namespace Descent.Course.Engine;

/// <summary>
/// Runs notebooks headless and in-process on .NET Interactive: each notebook in a fresh kernel, with its own folder as
/// working directory, every code cell top to bottom. A failing cell is recorded and the rest still run; a cell past the
/// time limit is abandoned and the cells after it are skipped. The source notebook is never written.
/// </summary>
public static class NotebookRunner
{
    /// <summary>Reads and runs a notebook file.</summary>
    /// <exception cref="FileNotFoundException">The notebook does not exist.</exception>
    /// <exception cref="NotebookFormatException">The notebook is malformed (message has file and line).</exception>
    public static Task<NotebookRun> RunAsync(string notebookPath, NotebookRunOptions options, CancellationToken cancellationToken = default)
    {
        var path = Path.GetFullPath(notebookPath);
        var cells = NotebookReader.Read(path);
        var name = Path.GetFileNameWithoutExtension(path);
        return RunCellsAsync(name, cells, Path.GetDirectoryName(path)!, options, cancellationToken, path);
    }

    /// <summary>Runs cells given in memory, with <paramref name="workingDirectory"/> as the working directory.</summary>
    public static Task<NotebookRun> RunCellsAsync(string name, IReadOnlyList<NotebookCell> cells, string workingDirectory, NotebookRunOptions options, CancellationToken cancellationToken = default) =>
        RunCellsAsync(name, cells, workingDirectory, options, cancellationToken, "");

    private static async Task<NotebookRun> RunCellsAsync(string name, IReadOnlyList<NotebookCell> cells, string workingDirectory, NotebookRunOptions options, CancellationToken cancellationToken, string path)
    {
        ArgumentNullException.ThrowIfNull(cells);
        ArgumentNullException.ThrowIfNull(options);
        if (options.CellTimeout <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.CellTimeout, "CellTimeout must be positive.");
        }

        if (!Directory.Exists(workingDirectory))
        {
            throw new DirectoryNotFoundException($"{workingDirectory}: no such directory");
        }

        var clock = Stopwatch.StartNew();
        var runs = new List<CellRun>(cells.Count);
        using (await WorkingDirectoryScope.EnterAsync(Path.GetFullPath(workingDirectory), cancellationToken))
        {
            var kernel = KernelFactory.Create();
            var kernelUsable = true;
            try
            {
                await KernelFactory.WarmUpAsync(kernel, cancellationToken);
                for (var i = 0; i < cells.Count; i++)
                {
                    var run = await RunCellAsync(kernel, i + 1, cells[i], kernelUsable, options.CellTimeout, cancellationToken);
                    kernelUsable &= run.Status != CellStatus.TimedOut;
                    runs.Add(run);
                    options.Progress?.Report(run);
                }
            }
            finally
            {
                // A kernel whose cell was abandoned may still be busy; disposing it would wait on that cell.
                if (kernelUsable)
                {
                    kernel.Dispose();
                }
            }
        }

        return new NotebookRun(name, path, runs, clock.Elapsed);
    }

    private static Task<CellRun> RunCellAsync(Microsoft.DotNet.Interactive.Kernel kernel, int number, NotebookCell cell, bool kernelUsable, TimeSpan timeout, CancellationToken cancellationToken)
    {
        if (!cell.IsCode)
        {
            return Task.FromResult(new CellRun(number, cell, CellStatus.Succeeded, null, [], TimeSpan.Zero));
        }

        if (!kernelUsable)
        {
            return Task.FromResult(new CellRun(number, cell, CellStatus.Skipped, "Not run: an earlier cell timed out.", [], TimeSpan.Zero));
        }

        if (string.IsNullOrWhiteSpace(cell.Source))
        {
            return Task.FromResult(new CellRun(number, cell, CellStatus.Succeeded, null, [], TimeSpan.Zero));
        }

        return CellExecutor.RunAsync(kernel, number, cell, timeout, cancellationToken);
    }
}
