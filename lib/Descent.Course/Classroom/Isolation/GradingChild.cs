using System.Text;
using Descent.Course.Engine;

namespace Descent.Course.Classroom.Isolation;

/// <summary>
/// The child side of grading (<c>grade-one</c>): reads a <see cref="ChildJob"/> from standard input to its end, then
/// runs its cells in a fresh kernel in the current directory and writes one report line per finished cell to the
/// process's standard output stream. The job is never written to disk.
/// </summary>
public static class GradingChild
{
    /// <summary>Runs the job read from <paramref name="input"/>, reporting to <paramref name="output"/>; returns the exit code.</summary>
    public static async Task<int> RunAsync(TextReader input, Stream output, CancellationToken cancellationToken = default)
    {
        var job = ChildProtocol.DeserializeJob(await input.ReadToEndAsync(cancellationToken));
        var writer = new ReportWriter(output, job.Token);
        writer.Write(new ChildReport(ChildReport.Started));

        var cells = job.Cells.Select(c => new NotebookCell("code", c.Source, c.Language)).ToList();
        var options = new NotebookRunOptions
        {
            CellTimeout = TimeSpan.FromSeconds(job.CellTimeoutSeconds),
            Progress = writer,
        };
        await NotebookRunner.RunCellsAsync(job.Name, cells, Directory.GetCurrentDirectory(), options, cancellationToken);
        writer.Write(new ChildReport(ChildReport.Done));
        return 0;
    }

    // Writes each report as soon as the engine hands it over, as one write of one line.
    private sealed class ReportWriter(Stream output, string token) : IProgress<CellRun>
    {
        private readonly object _gate = new();

        public void Report(CellRun value) =>
            Write(new ChildReport(ChildReport.CellFinished, value.CellNumber, value.Status.ToString(), value.Error));

        public void Write(ChildReport report)
        {
            var bytes = Encoding.UTF8.GetBytes(ChildProtocol.Format(token, report));
            lock (_gate)
            {
                output.Write(bytes);
                output.Flush();
            }
        }
    }
}
