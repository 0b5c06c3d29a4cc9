using System.Text;
using Descent.Course.Classroom.Grading;

namespace Descent.Course.Classroom.Reports;

/// <summary>Writes one Markdown file per student, <c>feedback/&lt;student&gt;.md</c>: for each assignment the score, a table of
/// the tests, why each failed test failed, and notes on the student's own cells that failed. The reasons come from
/// <see cref="FeedbackText"/>, so no hidden test code is ever quoted.</summary>
public static class FeedbackWriter
{
    /// <summary>Writes the files; returns their folder.</summary>
    public static string Write(string outputFolder, IReadOnlyList<SubmissionResult> results)
    {
        var folder = Path.Combine(outputFolder, "feedback");
        Directory.CreateDirectory(folder);
        foreach (var student in results.GroupBy(r => r.Student))
        {
            Csv.WriteAtomically(Path.Combine(folder, FileName(student.Key)), Render(student.Key, student.ToList()));
        }

        return folder;
    }

    /// <summary>The feedback file of a student: the name with anything but letters, digits, '-', '_' and '.' as '_', at most 60
    /// characters, plus a short hash of the name when it had to change (so that two names never share a file).</summary>
    public static string FileName(string student)
    {
        var safe = new string(student.Select(c => char.IsLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '_').ToArray()).TrimStart('.');
        return safe == student && safe.Length <= 60 ? safe + ".md"
            : $"{safe[..Math.Min(safe.Length, 60)]}-{Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(student)))[..8]}.md";
    }

    /// <summary>The Markdown feedback of one student.</summary>
    public static string Render(string student, IReadOnlyList<SubmissionResult> results)
    {
        var text = new StringBuilder($"# Feedback for {Cell(student)}\n");
        foreach (var result in results)
        {
            if (result.Flags.Count > 0)
            {
                text.Append($"\n> Flagged for the teacher to review: {Cell(string.Join("; ", result.Flags))}\n");
            }

            text.Append($"\n## {result.Assignment}: {Csv.Number(result.Points)} / {Csv.Number(result.Max)} points\n\n");
            text.Append("| Test | Points | Result |\n|---|---:|---|\n")
                .AppendJoin("", result.Tests.Select(test => $"| {Cell(test.Name)} | {Csv.Number(test.Points)} / {Csv.Number(test.Max)} | {(test.Passed ? "passed" : "failed")} |\n"))
                .AppendJoin("", result.Tests.Where(t => !t.Passed).Select(test => $"\n### Failed: {Cell(test.Name)}\n\n" + Block(test.Reason ?? "failed")));
            if (result.Notes.Count > 0)
            {
                text.Append("\n### Notes\n\n").AppendJoin("", result.Notes.Select(Block));
            }
        }

        return text.ToString();
    }

    private static string Cell(string value) => value.Replace("|", "\\|").ReplaceLineEndings(" ");

    private static string Block(string value)
    {
        var fence = "~~~~";
        while (value.Contains(fence, StringComparison.Ordinal))
        {
            fence += "~";
        }

        return $"{fence}\n{value}\n{fence}\n\n";
    }
}
