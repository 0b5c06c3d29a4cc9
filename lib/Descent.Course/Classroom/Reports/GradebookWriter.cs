using System.Text;
using Descent.Course.Classroom.Grading;

namespace Descent.Course.Classroom.Reports;

/// <summary>
/// Writes the gradebook: <c>gradebook.csv</c> with one row per student, assignment and test
/// (<c>student,assignment,test,points,max</c>), and <c>totals.csv</c> with one row per student and assignment
/// (<c>student,assignment,points,max,status,folder,flags</c>: the folder's name as on disk, and what the policy check
/// flagged). Both start with a <c># grading: ...</c> line that says how the class was isolated.
/// </summary>
public static class GradebookWriter
{
    /// <summary>The per-test file name.</summary>
    public const string GradebookFile = "gradebook.csv";

    /// <summary>The per-assignment file name.</summary>
    public const string TotalsFile = "totals.csv";

    /// <summary>Writes both files into <paramref name="folder"/> (created if needed); returns the gradebook's path.</summary>
    public static string Write(string folder, IReadOnlyList<SubmissionResult> results, string mode = "")
    {
        Directory.CreateDirectory(folder);
        var header = mode.Length > 0 ? $"# grading: {mode.ReplaceLineEndings(" ")}\n" : "";
        var gradebook = new StringBuilder(header).Append(Csv.Row("student", "assignment", "test", "points", "max")).Append('\n');
        var totals = new StringBuilder(header).Append(Csv.Row("student", "assignment", "points", "max", "status", "folder", "flags")).Append('\n');
        foreach (var result in results)
        {
            foreach (var test in result.Tests)
            {
                gradebook.Append(Csv.Row(result.Student, result.Assignment, test.Name, Csv.Number(test.Points), Csv.Number(test.Max))).Append('\n');
            }

            totals.Append(Csv.Row(result.Student, result.Assignment, Csv.Number(result.Points), Csv.Number(result.Max), result.Status.ToString(),
                result.Folder, string.Join("; ", result.Flags))).Append('\n');
        }

        var path = Path.Combine(folder, GradebookFile);
        Csv.WriteAtomically(Path.Combine(folder, TotalsFile), totals.ToString());
        Csv.WriteAtomically(path, gradebook.ToString());
        return path;
    }
}
