using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Descent.Course.Classroom.Grading;

/// <summary><c>results.jsonl</c> in the output folder: a first line saying how the class is graded (isolation, limits, shard),
/// then one line per graded submission, written as soon as it is graded, and a last line once the run has finished.
/// A killed or interrupted <c>grade</c> run on the same output folder resumes from it: each submission whose key (its
/// source assignment, its notebook and its folder) is unchanged keeps its result. <c>grade merge</c> joins the files of
/// a class graded in shards.</summary>
public sealed class ResultsFile : IDisposable
{
    /// <summary>The file name in the output folder.</summary>
    public const string FileName = "results.jsonl";

    private static readonly JsonSerializerOptions Json = new() { Converters = { new JsonStringEnumConverter() } };

    private readonly Dictionary<string, SubmissionResult> _resumable;
    private readonly StreamWriter _writer;
    private int _takenOver;

    private ResultsFile(Dictionary<string, SubmissionResult> resumable, StreamWriter writer) => (_resumable, _writer) = (resumable, writer);

    /// <summary>How a file's submissions were graded.</summary>
    public sealed record Header(string Mode, bool Sandboxed, string Shard, string Limits);

    // A result line (its key is null when a resumed run must grade it again), or the last line of a finished run.
    private sealed record Entry(string? Key = null, SubmissionResult? Result = null, double? FinishedAfterSeconds = null, IReadOnlyList<string>? Warnings = null, bool SourceChanged = false);

    /// <summary>How many results of an interrupted run <see cref="TakeOver"/> has handed back.</summary>
    public int TakenOver => _takenOver;

    /// <summary>Starts the file in <paramref name="folder"/>: an earlier unfinished run graded the same way becomes resumable, anything else is replaced.</summary>
    public static ResultsFile Start(string folder, Header header)
    {
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, FileName);
        var resumable = new Dictionary<string, SubmissionResult>();
        if (File.Exists(path) && TryRead(path) is { Finish: null } earlier && earlier.Header == header)
        {
            foreach (var entry in earlier.Entries.Where(e => e.Key is not null))
            {
                resumable[entry.Key!] = entry.Result!;
            }
        }

        var writer = new StreamWriter(path, append: false, new UTF8Encoding(false));
        writer.WriteLine(JsonSerializer.Serialize(header, Json));
        writer.Flush();
        return new ResultsFile(resumable, writer);
    }

    /// <summary>The key of a submission: a hash of its source assignment, its notebook and its folder's name.</summary>
    public static string Key(string sourcePath, string submissionPath, string folder)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var part in new[] { File.ReadAllBytes(sourcePath), File.ReadAllBytes(submissionPath), Encoding.UTF8.GetBytes(folder) })
        {
            hash.AppendData(BitConverter.GetBytes(part.Length));
            hash.AppendData(part);
        }

        return Convert.ToHexString(hash.GetHashAndReset());
    }

    /// <summary>The result an interrupted run recorded for the submission with <paramref name="key"/>, or null.</summary>
    public SubmissionResult? TakeOver(string key)
    {
        if (_resumable.TryGetValue(key, out var result))
        {
            Interlocked.Increment(ref _takenOver);
        }

        return result;
    }

    /// <summary>Records a result (on disk at once); with a null <paramref name="key"/> a resumed run grades it again.</summary>
    public void Add(string? key, SubmissionResult result) => Write(new Entry(key, result));

    /// <summary>Marks the run finished after <paramref name="elapsed"/>, with its warnings and whether a source had to be restored.</summary>
    public void Finish(TimeSpan elapsed, IReadOnlyList<string> warnings, bool sourceChanged) =>
        Write(new Entry(FinishedAfterSeconds: elapsed.TotalSeconds, Warnings: warnings, SourceChanged: sourceChanged));

    /// <summary>Reads a finished file: its header and the grades it recorded (results in order, warnings, time, whether a source was restored).</summary>
    /// <exception cref="FormatException">The file is missing or not a results file, or its run did not finish (the message says which).</exception>
    public static (Header Header, ClassGrades Grades) Read(string path)
    {
        var (header, entries, finish) = (File.Exists(path) ? TryRead(path) : null) ?? throw new FormatException($"{path}: no results file of grade");
        if (finish is null)
        {
            throw new FormatException($"{path}: its grading did not finish; run grade again with the same --output to complete it");
        }

        return (header, new ClassGrades(entries.Select(e => e.Result!).ToList(), finish.Warnings ?? [], TimeSpan.FromSeconds(finish.FinishedAfterSeconds!.Value),
            header.Mode, header.Sandboxed, finish.SourceChanged));
    }

    public void Dispose() => _writer.Dispose();

    private void Write(Entry entry)
    {
        var line = JsonSerializer.Serialize(entry, Json);
        lock (_writer)
        {
            _writer.WriteLine(line);
            _writer.Flush();
        }
    }

    // The header, the result entries and the last line of a finished run; null when the file is not a results file.
    // A run killed while writing leaves at most a torn last line, which is ignored.
    private static (Header Header, List<Entry> Entries, Entry? Finish)? TryRead(string path)
    {
        var lines = File.ReadAllLines(path);
        try
        {
            var header = JsonSerializer.Deserialize<Header>(lines.FirstOrDefault() ?? "", Json);
            var entries = lines.Skip(1).Select((line, i) => Parse(line, last: i == lines.Length - 2)).OfType<Entry>().ToList();
            return header is { Mode: not null, Shard: not null }
                ? (header, entries.Where(e => e.FinishedAfterSeconds is null && e.Result is not null).ToList(), entries.LastOrDefault(e => e.FinishedAfterSeconds is not null))
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static Entry? Parse(string line, bool last)
    {
        try
        {
            return JsonSerializer.Deserialize<Entry>(line, Json);
        }
        catch (JsonException) when (last)
        {
            return null;
        }
    }
}
