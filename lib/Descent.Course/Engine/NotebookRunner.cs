using System.Diagnostics;
using Microsoft.DotNet.Interactive;

namespace Descent.Course.Engine;

/// <summary>
/// Runs notebooks headless and in-process on .NET Interactive: each notebook in a fresh kernel, with its own folder as
/// working directory, every code cell top to bottom. A failing cell is recorded and the rest still run; a cell past the
/// time limit is abandoned and the cells after it are skipped. The source notebook is never written.
/// </summary>
public static class NotebookRunner
{
    // #r, #load and #!import resolve relative paths against the process-wide working directory: one notebook at a time.
    private static readonly SemaphoreSlim WorkingDirectoryGate = new(1, 1);

    /// <summary>Reads and runs a notebook file.</summary>
    /// <exception cref="FileNotFoundException">The notebook does not exist.</exception>
    /// <exception cref="NotebookFormatException">The notebook is malformed (message has file and line).</exception>
    public static Task<NotebookRun> RunAsync(string notebookPath, NotebookRunOptions options, CancellationToken cancellationToken = default) =>
        RunAsync(Notebook.Load(notebookPath), Path.GetDirectoryName(Path.GetFullPath(notebookPath))!, options, cancellationToken);

    /// <summary>Runs cells given in memory, with <paramref name="workingDirectory"/> as the working directory.</summary>
    public static Task<NotebookRun> RunCellsAsync(string name, IReadOnlyList<NotebookCell> cells, string workingDirectory, NotebookRunOptions options, CancellationToken cancellationToken = default) =>
        RunAsync(Notebook.FromCells(name, cells), workingDirectory, options, cancellationToken);

    /// <summary>Runs <paramref name="notebook"/> with <paramref name="workingDirectory"/> as the working directory.</summary>
    public static async Task<NotebookRun> RunAsync(Notebook notebook, string workingDirectory, NotebookRunOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(notebook);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(options.CellTimeout, TimeSpan.Zero, nameof(options.CellTimeout));
        if (!Directory.Exists(workingDirectory))
        {
            throw new DirectoryNotFoundException($"{workingDirectory}: no such directory");
        }

        var clock = Stopwatch.StartNew();
        var cells = notebook.Cells;
        var runs = new List<CellRun>(cells.Count);
        await WorkingDirectoryGate.WaitAsync(cancellationToken);
        var previous = Directory.GetCurrentDirectory();
        Kernel? kernel = null;
        var kernelUsable = true;
        try
        {
            Directory.SetCurrentDirectory(Path.GetFullPath(workingDirectory));
            kernel = KernelFactory.Create();
            await KernelFactory.WarmUpAsync(kernel, cancellationToken);
            foreach (var (cell, number) in cells.Select((cell, i) => (cell, i + 1)))
            {
                var run = cell.IsCode && !kernelUsable ? new CellRun(number, cell, CellStatus.Skipped, "Not run: an earlier cell timed out.", [], TimeSpan.Zero)
                    : cell.IsCode && !string.IsNullOrWhiteSpace(cell.Source) ? await CellExecutor.RunAsync(kernel, number, cell, options.CellTimeout, cancellationToken)
                    : new CellRun(number, cell, CellStatus.Succeeded, null, [], TimeSpan.Zero);
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
                kernel?.Dispose();
            }

            Directory.SetCurrentDirectory(previous);
            WorkingDirectoryGate.Release();
        }

        return new NotebookRun(notebook, runs, clock.Elapsed);
    }
}

/// <summary>How a notebook is run.</summary>
public sealed record NotebookRunOptions
{
    /// <summary>The longest a single cell may run before it is abandoned as <see cref="CellStatus.TimedOut"/> (default 3 minutes).</summary>
    public TimeSpan CellTimeout { get; init; } = TimeSpan.FromMinutes(3);

    /// <summary>Receives each cell's result as soon as the cell has finished.</summary>
    public IProgress<CellRun>? Progress { get; init; }
}

/// <summary>The result of running a whole notebook.</summary>
/// <param name="Notebook">The notebook that was run.</param>
/// <param name="Cells">One result per cell, markdown included, in notebook order.</param>
/// <param name="Elapsed">Wall-clock time for the whole notebook, kernel start-up included.</param>
public sealed record NotebookRun(Notebook Notebook, IReadOnlyList<CellRun> Cells, TimeSpan Elapsed)
{
    /// <summary>The notebook's name, for example "00-key-factors".</summary>
    public string Name => Notebook.Name;

    /// <summary>True when every cell succeeded.</summary>
    public bool Succeeded => Cells.All(cell => cell.Status == CellStatus.Succeeded);

    /// <summary>The number of charts drawn across all cells.</summary>
    public int ChartCount => Cells.Sum(cell => cell.ChartCount);

    /// <summary>The cells that failed, timed out or were skipped.</summary>
    public IEnumerable<CellRun> Problems => Cells.Where(cell => cell.Status != CellStatus.Succeeded);

    /// <summary>The executed notebook as nbformat 4 JSON: the source with each code cell's outputs and execution count.</summary>
    public string ToIpynb()
    {
        var executed = Notebook.Clone();
        var count = 0;
        foreach (var cell in Cells.Where(cell => cell.Cell.IsCode))
        {
            executed.SetOutputs(cell.CellNumber - 1, cell.Outputs, cell.Status == CellStatus.Skipped ? null : ++count);
        }

        return executed.ToJson();
    }
}

/// <summary>The result of running (or not running) one cell.</summary>
/// <param name="CellNumber">1-based position among all the notebook's cells, markdown included.</param>
/// <param name="Cell">The cell that was run.</param>
/// <param name="Status">What happened.</param>
/// <param name="Error">For a failed or timed-out cell, the error text (compile diagnostics carry their line).</param>
/// <param name="Outputs">The outputs in the order the kernel produced them.</param>
/// <param name="Elapsed">Wall-clock time spent on the cell.</param>
public sealed record CellRun(int CellNumber, NotebookCell Cell, CellStatus Status, string? Error, IReadOnlyList<CellOutput> Outputs, TimeSpan Elapsed)
{
    /// <summary>The number of chart outputs.</summary>
    public int ChartCount => Outputs.Count(output => output.IsChart);

    /// <summary>True when the cell failed or timed out.</summary>
    public bool Failed => Status is CellStatus.Failed or CellStatus.TimedOut;
}

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
