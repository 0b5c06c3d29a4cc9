using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Descent.Course.Classroom.Isolation;

/// <summary>
/// The conversation between the grader and a grading child, one JSON object per line. The grader writes a
/// <see cref="ChildHello"/>, then one <see cref="ChildCell"/> at a time, each only after the child's report of the one
/// before: a test cell (hidden tests included) reaches the child only when it is about to run. Each cell carries a fresh
/// random key, and the child's report of it, <c>@@descent-grade &lt;json&gt; &lt;HMAC-SHA256 of the json under that
/// key&gt;</c>, counts only with that MAC and only for the cell the grader is waiting for: a student's cell, which
/// runs before a test's key exists, cannot report that test from what it has seen (code it leaves running in the
/// process, reading standard input, could take the key when it arrives; the policy check flags the APIs for that).
/// </summary>
public static class ChildProtocol
{
    /// <summary>Starts every report line.</summary>
    public const string Prefix = "@@descent-grade ";

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
    public static bool TryParse(string line, int cell, string key, out ChildCellReport report)
    {
        report = null!;
        var space = line.LastIndexOf(' ');
        if (!line.StartsWith(Prefix, StringComparison.Ordinal) || space < Prefix.Length)
        {
            return false;
        }

        var json = line[Prefix.Length..space];
        var mac = Encoding.ASCII.GetBytes(line[(space + 1)..]);
        if (!CryptographicOperations.FixedTimeEquals(mac, Encoding.ASCII.GetBytes(Mac(key, json))))
        {
            return false;
        }

        try
        {
            var parsed = JsonSerializer.Deserialize<ChildCellReport>(json, Json);
            if (parsed is null || parsed.Cell != cell)
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

    private static string Mac(string key, string json) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(Convert.FromHexString(key), Encoding.UTF8.GetBytes(json)));
}

/// <summary>The first line the grader writes: the run's name (for error messages) and the engine's per-cell limit.</summary>
public sealed record ChildHello(string Name, double CellTimeoutSeconds);

/// <summary>One cell to run: its 1-based number, code, kernel, and the key its report is authenticated with.</summary>
public sealed record ChildCell(int Cell, string Source, string Language, string Key);

/// <summary>What the child observed of the kernel for one cell: the engine's status name and the error text, if any.</summary>
public sealed record ChildCellReport(int Cell, string Status, string? Error);
