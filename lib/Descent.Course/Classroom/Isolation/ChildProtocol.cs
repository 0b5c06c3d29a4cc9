using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Descent.Course.Engine;

namespace Descent.Course.Classroom.Isolation;

/// <summary>The conversation between the grader and a grading child, one JSON object per line. The grader writes a
/// <see cref="ChildHello"/>, then one <see cref="ChildCell"/> at a time, each only after the child's report of the one
/// before: a test cell (hidden tests included) reaches the child only when it is about to run. Each cell carries a fresh
/// random key, and the child's report of it, <c>@@descent-grade &lt;json&gt; &lt;HMAC-SHA256 of the json under that
/// key&gt;</c>, counts only with that MAC and only for the cell the grader is waiting for: a student's cell, which
/// runs before a test's key exists, cannot report that test from what it has seen (code it leaves running in the
/// process, reading standard input, could take the key when it arrives; the policy check flags the APIs for that).
/// The grader reads the child's output without trusting it: a line longer than <see cref="MaxLineLength"/> is
/// dropped rather than buffered, so a cell that prints gigabytes cannot exhaust the grader's memory.</summary>
public static class ChildProtocol
{
    /// <summary>Starts every report line.</summary>
    public const string Prefix = "@@descent-grade ";

    /// <summary>Longest line of a child's output kept, in characters.</summary>
    public const int MaxLineLength = 1 << 20;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>One line of the grader's input to the child.</summary>
    public static string Line<T>(T message) => JsonSerializer.Serialize(message, Json) + "\n";

    /// <summary>Reads one line of the grader's input.</summary>
    /// <exception cref="InvalidDataException">Not a message of that type.</exception>
    public static T Read<T>(string? line)
    {
        try
        {
            return (line is null ? default : JsonSerializer.Deserialize<T>(line, Json))
                   ?? throw new InvalidDataException("the grading input ended early");
        }
        catch (JsonException exception)
        {
            throw new InvalidDataException($"the grading input is not valid JSON: {exception.Message}", exception);
        }
    }

    /// <summary>A new random key for one cell.</summary>
    public static string NewKey() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));

    /// <summary>The report line of a cell, authenticated with the cell's key, newline included.</summary>
    public static string Format(string key, ChildCellReport report)
    {
        var json = JsonSerializer.Serialize(report, Json);
        return $"{Prefix}{json} {Mac(key, json)}\n";
    }

    /// <summary>Reads the report of cell <paramref name="cell"/> from a line; false for any other line, a forged one included.</summary>
    public static bool TryParse(string line, int cell, string key, [NotNullWhen(true)] out ChildCellReport? report)
    {
        report = null;
        var space = line.LastIndexOf(' ');
        if (!line.StartsWith(Prefix, StringComparison.Ordinal) || space < Prefix.Length
            || !CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(line[(space + 1)..]), Encoding.ASCII.GetBytes(Mac(key, line[Prefix.Length..space]))))
        {
            return false;
        }

        try
        {
            report = JsonSerializer.Deserialize<ChildCellReport>(line[Prefix.Length..space], Json) is { } parsed && parsed.Cell == cell ? parsed : null;
            return report is not null;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    /// <summary>The child's side (<c>grade-one</c>): reads a <see cref="ChildHello"/>, starts a kernel in the current directory,
    /// then runs each <see cref="ChildCell"/> as it arrives on <paramref name="input"/> and reports what the kernel said
    /// (the command succeeded, failed or did not finish) on <paramref name="output"/>. Nothing is written to disk.</summary>
    public static async Task<int> RunChildAsync(TextReader input, Stream output, CancellationToken cancellationToken = default)
    {
        var hello = Read<ChildHello>(await input.ReadLineAsync(cancellationToken));
        var timeout = TimeSpan.FromSeconds(hello.CellTimeoutSeconds);
        var kernel = KernelFactory.Create();
        await KernelFactory.WarmUpAsync(kernel, cancellationToken);
        Write(output, Prefix + "started\n");
        var usable = true;
        while (await input.ReadLineAsync(cancellationToken) is { } line)
        {
            var cell = Read<ChildCell>(line);
            var run = usable && !string.IsNullOrWhiteSpace(cell.Source)
                ? await CellExecutor.RunAsync(kernel, cell.Cell, new NotebookCell("code", cell.Source, cell.Language), timeout, cancellationToken)
                : new CellRun(cell.Cell, new NotebookCell("code", "", cell.Language), usable ? CellStatus.Succeeded : CellStatus.Skipped,
                    usable ? null : "Not run: an earlier cell timed out.", [], TimeSpan.Zero);
            usable &= run.Status != CellStatus.TimedOut;
            Write(output, Format(cell.Key, new ChildCellReport(cell.Cell, run.Status.ToString(), run.Error)));
        }

        return 0;
    }

    /// <summary>Calls <paramref name="onLine"/> for each line of <paramref name="reader"/> up to its end, dropping lines longer than <see cref="MaxLineLength"/>.</summary>
    public static async Task ReadLinesAsync(TextReader reader, Action<string> onLine, CancellationToken cancellationToken = default)
    {
        var buffer = new char[16 * 1024];
        var line = new StringBuilder();
        var overlong = false;
        int read;
        while ((read = await reader.ReadAsync(buffer.AsMemory(), cancellationToken)) > 0)
        {
            foreach (var c in buffer.AsSpan(0, read))
            {
                if (c == '\n')
                {
                    if (!overlong)
                    {
                        onLine(line.ToString().TrimEnd('\r'));
                    }

                    line.Clear();
                    overlong = false;
                }
                else if (!overlong && line.Append(c).Length > MaxLineLength)
                {
                    line.Clear();
                    overlong = true;
                }
            }
        }

        if (!overlong && line.Length > 0)
        {
            onLine(line.ToString());
        }
    }

    private static void Write(Stream output, string line)
    {
        output.Write(Encoding.UTF8.GetBytes(line));
        output.Flush();
    }

    private static string Mac(string key, string json) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(Convert.FromHexString(key), Encoding.UTF8.GetBytes(json)));
}

/// <summary>The first line the grader writes: the run's name (for error messages) and the engine's per-cell limit.</summary>
public sealed record ChildHello(string Name, double CellTimeoutSeconds);

/// <summary>One cell to run: its 1-based number, code, kernel, and the key its report is authenticated with.</summary>
public sealed record ChildCell(int Cell, string Source, string Language, string Key);

/// <summary>What the child observed of the kernel for one cell: the engine's status name and the error text, if any.</summary>
public sealed record ChildCellReport(int Cell, string Status, string? Error);
