using System.Text;
using Descent.Course.Classroom.Grading;

namespace Descent.Course.Classroom.Reports;

/// <summary>
/// Writes one Markdown file per student, <c>feedback/&lt;student&gt;.md</c>: for each assignment the score, a table of
/// the tests, why each failed test failed, and notes on the student's own cells that failed. The reasons come from
/// <see cref="FeedbackText"/>, so no hidden test code is ever quoted.
/// </summary>
public static class FeedbackWriter
{
    /// <summary>The sub-folder of the output folder.</summary>
    public const string Folder = "feedback";

    /// <summary>Writes the files; returns their folder.</summary>
    public static string Write(string outputFolder, IReadOnlyList<SubmissionResult> results)
    {
        var folder = Path.Combine(outputFolder, Folder);
        Directory.CreateDirectory(folder);
        foreach (var student in results.GroupBy(r => r.Student))
        {
            File.WriteAllText(Path.Combine(folder, student.Key + ".md"), Render(student.Key, student.ToList()), new UTF8Encoding(false));
        }

        return folder;
    }

    /// <summary>The Markdown feedback of one student.</summary>
    public static string Render(string student, IReadOnlyList<SubmissionResult> results)
    {
        var text = new StringBuilder($"# Feedback for {student}\n");
        foreach (var result in results)
        {
            text.Append($"\n## {result.Assignment}: {Csv.Number(result.Points)} / {Csv.Number(result.Max)} points\n\n");
            text.Append("| Test | Points | Result |\n|---|---:|---|\n");
            foreach (var test in result.Tests)
            {
                text.Append($"| {Cell(test.Name)} | {Csv.Number(test.Points)} / {Csv.Number(test.Max)} | {(test.Passed ? "passed" : "failed")} |\n");
            }

            foreach (var test in result.Tests.Where(t => !t.Passed))
            {
                text.Append($"\n### Failed: {test.Name}\n\n").Append(Block(test.Reason ?? "failed"));
            }

            if (result.Notes.Count > 0)
            {
                text.Append("\n### Notes\n\n");
                foreach (var note in result.Notes)
                {
                    text.Append(Block(note));
                }
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
