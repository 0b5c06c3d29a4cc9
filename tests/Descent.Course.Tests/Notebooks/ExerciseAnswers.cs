using System.Text.RegularExpressions;
using Descent.Course.Engine;
using Descent.Course.Tests.Support;

namespace Descent.Course.Tests.Notebooks;

/// <summary>
/// A lesson's exercises with a right and a wrong answer each, read from <c>Answers/&lt;lesson&gt;.csx</c>: sections that
/// start with <c>// === &lt;id&gt; right</c> or <c>// === &lt;id&gt; wrong</c>, each replacing the exercise's stub cell
/// (the nearest code cell with <c>// TODO</c> before the cell that calls <c>Exercise.Check("&lt;id&gt;", …)</c>).
/// </summary>
public static partial class ExerciseAnswers
{
    /// <summary>The folder of the answer files, in the source tree.</summary>
    public static string Folder { get; } = Path.Combine(CourseFiles.Root, "tests", "Descent.Course.Tests", "Notebooks", "Answers");

    /// <summary>One exercise of a notebook: its id, the index of its stub cell and of its check cell.</summary>
    public sealed record Exercise(string Id, int StubIndex, int CheckIndex);

    /// <summary>The exercises of a notebook, in order.</summary>
    public static IReadOnlyList<Exercise> Find(IReadOnlyList<NotebookCell> cells)
    {
        var exercises = new List<Exercise>();
        for (var i = 0; i < cells.Count; i++)
        {
            var ids = CheckCall().Matches(cells[i].Source).Select(m => m.Groups[1].Value).ToList();
            if (ids.Count == 0) continue;
            if (ids.Count > 1) throw new InvalidOperationException($"cell {i + 1} checks {ids.Count} exercises ({string.Join(", ", ids)}); give each its own cell");
            var stub = Enumerable.Range(0, i).Reverse().FirstOrDefault(j => cells[j].IsCode && cells[j].Source.Contains("// TODO"), -1);
            if (stub < 0) throw new InvalidOperationException($"exercise {ids[0]} (cell {i + 1}) has no stub cell with // TODO before it");
            exercises.Add(new Exercise(ids[0], stub, i));
        }

        var shared = exercises.GroupBy(e => e.StubIndex).FirstOrDefault(g => g.Count() > 1);
        if (shared is not null) throw new InvalidOperationException($"exercises {string.Join(", ", shared.Select(e => e.Id))} share the stub cell {shared.Key + 1}");
        return exercises;
    }

    /// <summary>The answers of a file: (id, "right" or "wrong") to the code that replaces the stub.</summary>
    public static IReadOnlyDictionary<(string Id, string Kind), string> Read(string path)
    {
        var answers = new Dictionary<(string, string), string>();
        (string, string)? current = null;
        var body = new List<string>();
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path).Append("// === end end"))
        {
            lineNumber++;
            var header = SectionHeader().Match(line);
            if (!header.Success)
            {
                if (current is null && line.Trim().Length > 0) throw new FormatException($"{path}:{lineNumber}: code before the first '// === <id> right|wrong' line");
                body.Add(line);
                continue;
            }

            if (current is { } key && !answers.TryAdd(key, string.Join('\n', body).Trim()))
                throw new FormatException($"{path}:{lineNumber}: a second section for exercise {key.Item1} {key.Item2}");
            current = (header.Groups[1].Value, header.Groups[2].Value);
            body.Clear();
        }

        return answers;
    }

    /// <summary>The cells with every stub replaced by the answer of the given kind.</summary>
    public static IReadOnlyList<NotebookCell> Answered(IReadOnlyList<NotebookCell> cells, IReadOnlyList<Exercise> exercises,
        IReadOnlyDictionary<(string Id, string Kind), string> answers, string kind)
    {
        var answered = cells.ToArray();
        foreach (var exercise in exercises)
            answered[exercise.StubIndex] = answered[exercise.StubIndex] with { Source = answers[(exercise.Id, kind)] };
        return answered;
    }

    [GeneratedRegex(@"Exercise\.Check\(\s*""([^""]+)""")]
    private static partial Regex CheckCall();

    [GeneratedRegex(@"^// === (\S+) (right|wrong|end)\s*$")]
    private static partial Regex SectionHeader();
}
