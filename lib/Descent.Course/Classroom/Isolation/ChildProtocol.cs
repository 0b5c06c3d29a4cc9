using System.Text.Json;

namespace Descent.Course.Classroom.Isolation;

/// <summary>
/// The line format of a child's reports: <c>@@descent-grade &lt;token&gt; &lt;json&gt;</c>, one per line. Lines without
/// the prefix and the job's token are ignored, whatever a student's cell prints.
/// </summary>
public static class ChildProtocol
{
    /// <summary>Starts every report line.</summary>
    public const string Prefix = "@@descent-grade ";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The job as JSON (what the parent writes to the child's standard input).</summary>
    public static string Serialize(ChildJob job) => JsonSerializer.Serialize(job, Json);

    /// <summary>Reads a job.</summary>
    /// <exception cref="InvalidDataException">Not a job.</exception>
    public static ChildJob DeserializeJob(string json)
    {
        try
        {
            var job = JsonSerializer.Deserialize<ChildJob>(json, Json);
            if (job is null || string.IsNullOrEmpty(job.Token) || job.Cells is null)
            {
                throw new InvalidDataException("the grading job on standard input has no token or no cells");
            }

            return job;
        }
        catch (JsonException exception)
        {
            throw new InvalidDataException($"the grading job on standard input is not valid JSON: {exception.Message}", exception);
        }
    }

    /// <summary>One report line, newline included.</summary>
    public static string Format(string token, ChildReport report) =>
        $"{Prefix}{token} {JsonSerializer.Serialize(report, Json)}\n";

    /// <summary>Reads a report line; false for any other line.</summary>
    public static bool TryParse(string line, string token, out ChildReport report)
    {
        report = null!;
        var start = Prefix + token + " ";
        if (!line.StartsWith(start, StringComparison.Ordinal))
        {
            return false;
        }

        try
        {
            var parsed = JsonSerializer.Deserialize<ChildReport>(line.AsSpan(start.Length), Json);
            if (parsed is null || parsed.Kind is not (ChildReport.Started or ChildReport.CellFinished or ChildReport.Done))
            {
                return false;
            }

            report = parsed;
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
