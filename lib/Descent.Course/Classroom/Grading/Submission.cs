using System.Globalization;
using System.Text;
using Descent.Course.Classroom.Markers;

namespace Descent.Course.Classroom.Grading;

/// <summary>One notebook to grade: a student's file for an assignment, or its absence.</summary>
/// <param name="Student">The student's name: their folder's name normalised (see <see cref="StudentName"/>).</param>
/// <param name="Assignment">The source assignment.</param>
/// <param name="Path">The submitted notebook, or null when the student handed none in.</param>
/// <param name="Folder">The folder's name exactly as it is on disk.</param>
/// <param name="Refusal">Why the submission is not run (a link, for instance); null when it is.</param>
public sealed record Submission(string Student, AssignmentNotebook Assignment, string? Path, string Folder = "", string? Refusal = null);

/// <summary>
/// Student names as the gradebook shows them: Unicode NFC, control and invisible characters (zero-width spaces,
/// direction marks) removed, every run of white space (line breaks included) made one space, at most
/// <see cref="MaxLength"/> characters.
/// </summary>
public static class StudentName
{
    /// <summary>Longest name kept.</summary>
    public const int MaxLength = 80;

    /// <summary>The normalised name of folder <paramref name="folder"/>; "(no name)" when nothing printable is left.</summary>
    public static string Normalize(string folder)
    {
        var text = new StringBuilder();
        foreach (var c in folder.Normalize(NormalizationForm.FormC))
        {
            var category = char.GetUnicodeCategory(c);
            if (char.IsWhiteSpace(c))
            {
                if (text.Length > 0 && text[^1] != ' ')
                {
                    text.Append(' ');
                }

                continue;
            }

            if (category is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned)
            {
                continue;
            }

            text.Append(c);
        }

        var name = text.ToString().Trim();
        if (name.Length > MaxLength)
        {
            name = name[..MaxLength].TrimEnd() + "…";
        }

        return name.Length == 0 ? "(no name)" : name;
    }
}
