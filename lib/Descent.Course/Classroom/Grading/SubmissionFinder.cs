using Descent.Course.Classroom.Markers;

namespace Descent.Course.Classroom.Grading;

/// <summary>
/// Finds submissions laid out as <c>&lt;submissions&gt;/&lt;student&gt;/&lt;assignment file&gt;.ipynb</c>: one folder per
/// student (its name is the student's name in the gradebook) holding the notebooks under the same file names as the
/// release. A student without a file for an assignment is graded as missing.
/// </summary>
public static class SubmissionFinder
{
    /// <summary>Every (student, assignment) pair, students in ordinal order, plus warnings about files that were ignored.</summary>
    /// <exception cref="DirectoryNotFoundException">The submissions folder does not exist.</exception>
    public static (IReadOnlyList<Submission> Submissions, IReadOnlyList<string> Warnings) Find(string folder, IReadOnlyList<AssignmentNotebook> assignments)
    {
        if (!Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException($"{folder}: no such submissions folder");
        }

        var warnings = new List<string>();
        foreach (var stray in Directory.EnumerateFiles(folder).Order(StringComparer.Ordinal))
        {
            warnings.Add($"{stray}: ignored (submissions go in one folder per student: <submissions>/<student>/<assignment>.ipynb)");
        }

        var byFile = assignments.ToDictionary(a => a.FileName, StringComparer.Ordinal);
        var submissions = new List<Submission>();
        foreach (var studentFolder in Directory.EnumerateDirectories(folder).Order(StringComparer.Ordinal))
        {
            var student = Path.GetFileName(studentFolder);
            if (student.StartsWith('.'))
            {
                continue;
            }

            foreach (var file in Directory.EnumerateFiles(studentFolder, "*.ipynb").Order(StringComparer.Ordinal))
            {
                if (!byFile.ContainsKey(Path.GetFileName(file)))
                {
                    warnings.Add($"{file}: ignored (not one of the assignments graded: {string.Join(", ", byFile.Keys)})");
                }
            }

            foreach (var assignment in assignments)
            {
                var path = Path.Combine(studentFolder, assignment.FileName);
                submissions.Add(new Submission(student, assignment, File.Exists(path) ? path : null));
            }
        }

        return (submissions, warnings);
    }
}
