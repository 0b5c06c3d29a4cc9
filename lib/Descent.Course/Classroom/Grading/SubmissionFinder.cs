using Descent.Course.Classroom.Markers;

namespace Descent.Course.Classroom.Grading;

/// <summary>
/// Finds submissions laid out as <c>&lt;submissions&gt;/&lt;student&gt;/&lt;assignment file&gt;.ipynb</c>: one folder per
/// student (its normalised name is the student's name in the gradebook) holding the notebooks under the same file names
/// as the release. A student without a file for an assignment is graded as missing; a folder or notebook that is a link
/// is refused (it could point at the teacher's files); two folders whose names normalise alike (ignoring case, as some
/// file systems do) are told apart by a number and a warning.
/// </summary>
public static class SubmissionFinder
{
    /// <summary>
    /// Every (student, assignment) pair, students in ordinal order (those of <paramref name="shard"/> only, named as in the
    /// whole class), plus warnings about files that were ignored.
    /// </summary>
    /// <exception cref="DirectoryNotFoundException">The submissions folder does not exist.</exception>
    public static (IReadOnlyList<Submission> Submissions, IReadOnlyList<string> Warnings) Find(string folder, IReadOnlyList<AssignmentNotebook> assignments, Shard? shard = null)
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
        var names = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var index = -1;
        foreach (var studentFolder in Directory.EnumerateDirectories(folder).Order(StringComparer.Ordinal))
        {
            var original = Path.GetFileName(studentFolder);
            if (original.StartsWith('.'))
            {
                continue;
            }

            var student = StudentName.Normalize(original);
            if (names.TryGetValue(student, out var other))
            {
                for (var n = 2; names.ContainsKey(student); n++)
                {
                    student = $"{StudentName.Normalize(original)} ({n})";
                }

                warnings.Add($"the folders \"{other}\" and \"{original}\" have the same name once normalised; the second is \"{student}\"");
            }

            names[student] = original;
            if (!(shard ?? Shard.All).Includes(++index))
            {
                continue;
            }

            var folderIsLink = new DirectoryInfo(studentFolder).LinkTarget is not null;
            if (!folderIsLink)
            {
                foreach (var file in Directory.EnumerateFiles(studentFolder, "*.ipynb").Order(StringComparer.Ordinal))
                {
                    if (!byFile.ContainsKey(Path.GetFileName(file)))
                    {
                        warnings.Add($"{file}: ignored (not one of the assignments graded: {string.Join(", ", byFile.Keys)})");
                    }
                }
            }

            foreach (var assignment in assignments)
            {
                var path = Path.Combine(studentFolder, assignment.FileName);
                var file = new FileInfo(path);
                var refusal = folderIsLink ? $"the folder {original} is a link; hand in a folder with the notebook itself"
                    : file.LinkTarget is not null ? $"{assignment.FileName} is a link; hand in the notebook itself"
                    : file.Exists || !Directory.Exists(path) ? null
                    : $"{assignment.FileName} is a folder, not a notebook";
                submissions.Add(new Submission(student, assignment, file.Exists || refusal is not null ? path : null, original, refusal));
            }
        }

        return (submissions, warnings);
    }
}
