using System.Globalization;
using System.Text;
using Descent.Course.Classroom.Grading;

namespace Descent.Course.Classroom.Reports;

/// <summary>Writes the gradebook: <c>gradebook.csv</c> with one row per student, assignment and test
/// (<c>student,assignment,test,points,max</c>), and <c>totals.csv</c> with one row per student and assignment
/// (<c>student,assignment,points,max,status,folder,flags</c>: the folder's name as on disk, and what the policy check
/// flagged). Both start with a <c># grading: ...</c> line that says how the class was isolated.</summary>
public static class GradebookWriter
{
    /// <summary>The per-assignment file, beside <c>gradebook.csv</c>.</summary>
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

        var path = Path.Combine(folder, "gradebook.csv");
        Csv.WriteAtomically(Path.Combine(folder, TotalsFile), totals.ToString());
        Csv.WriteAtomically(path, gradebook.ToString());
        return path;
    }
}

/// <summary>RFC 4180 fields: quoted when they hold a comma, a quote or a line break; a field that a spreadsheet would take for
/// a formula (starting with <c>= + - @</c>, a tab or a carriage return) gets a leading <c>'</c>; numbers in invariant
/// culture. Files are written atomically (a temporary file, then a rename).</summary>
internal static class Csv
{
    public static string Field(string value)
    {
        value = value is ['=' or '+' or '-' or '@' or '\t' or '\r', ..] ? "'" + value : value;
        return value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;
    }

    public static string Number(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    public static string Row(params string[] fields) => string.Join(',', fields.Select(Field));

    /// <summary>Writes <paramref name="text"/> to <paramref name="path"/> so that a reader sees the old file or the new one, never half of one.</summary>
    public static void WriteAtomically(string path, string text)
    {
        var temporary = $"{path}.{Guid.NewGuid():N}.tmp";
        File.WriteAllText(temporary, text, new UTF8Encoding(false));
        File.Move(temporary, path, overwrite: true);
    }
}
