using System.Text;
using Descent.Course.Engine;

namespace Descent.Course.Classroom.Isolation;

/// <summary>
/// The child side of grading (<c>grade-one</c>): reads a <see cref="ChildHello"/>, starts a kernel in the current
/// directory, then runs each <see cref="ChildCell"/> as it arrives on standard input and reports what the kernel said
/// (the command succeeded, failed or did not finish) on standard output. Nothing is written to disk.
/// </summary>
public static class GradingChild
{
    /// <summary>Runs the cells read from <paramref name="input"/>, reporting to <paramref name="output"/>; returns the exit code.</summary>
    public static async Task<int> RunAsync(TextReader input, Stream output, CancellationToken cancellationToken = default)
    {
        var hello = ChildProtocol.Read<ChildHello>(await input.ReadLineAsync(cancellationToken));
        var timeout = TimeSpan.FromSeconds(hello.CellTimeoutSeconds);
        var kernel = KernelFactory.Create();
        await KernelFactory.WarmUpAsync(kernel, cancellationToken);
        Write(output, Encoding.UTF8.GetBytes(ChildProtocol.Prefix + "started\n"));

        var usable = true;
        while (await input.ReadLineAsync(cancellationToken) is { } line)
        {
            var cell = ChildProtocol.Read<ChildCell>(line);
            var run = usable && !string.IsNullOrWhiteSpace(cell.Source)
                ? await CellExecutor.RunAsync(kernel, cell.Cell, new NotebookCell("code", cell.Source, cell.Language), timeout, cancellationToken)
                : new CellRun(cell.Cell, new NotebookCell("code", "", cell.Language), usable ? CellStatus.Succeeded : CellStatus.Skipped,
                    usable ? null : "Not run: an earlier cell timed out.", [], TimeSpan.Zero);
            usable &= run.Status != CellStatus.TimedOut;
            Write(output, Encoding.UTF8.GetBytes(ChildProtocol.Format(cell.Key, new ChildCellReport(cell.Cell, run.Status.ToString(), run.Error))));
        }

        return 0;
    }

    private static void Write(Stream output, byte[] line)
    {
        output.Write(line);
        output.Flush();
    }
}
