using System.Text;
using Descent.Course.Classroom.Grading;

namespace Descent.Course.Classroom.Reports;

/// <summary>
/// Writes the gradebook: <c>gradebook.csv</c> with one row per student, assignment and test
/// (<c>student,assignment,test,points,max</c>), and <c>totals.csv</c> with one row per student and assignment
/// (<c>student,assignment,points,max,status</c>).
/// </summary>
public static class GradebookWriter
{
    /// <summary>The per-test file name.</summary>
    public const string GradebookFile = "gradebook.csv";

    /// <summary>The per-assignment file name.</summary>
    public const string TotalsFile = "totals.csv";

    /// <summary>Writes both files into <paramref name="folder"/> (created if needed); returns the gradebook's path.</summary>
    public static string Write(string folder, IReadOnlyList<SubmissionResult> results)
    {
        Directory.CreateDirectory(folder);
        var gradebook = new StringBuilder(Csv.Row("student", "assignment", "test", "points", "max")).Append('\n');
        var totals = new StringBuilder(Csv.Row("student", "assignment", "points", "max", "status")).Append('\n');
        foreach (var result in results)
        {
            foreach (var test in result.Tests)
            {
                gradebook.Append(Csv.Row(result.Student, result.Assignment, test.Name, Csv.Number(test.Points), Csv.Number(test.Max))).Append('\n');
            }

            totals.Append(Csv.Row(result.Student, result.Assignment, Csv.Number(result.Points), Csv.Number(result.Max), result.Status.ToString())).Append('\n');
        }

        var path = Path.Combine(folder, GradebookFile);
        File.WriteAllText(path, gradebook.ToString(), new UTF8Encoding(false));
        File.WriteAllText(Path.Combine(folder, TotalsFile), totals.ToString(), new UTF8Encoding(false));
        return path;
    }
}
