using Descent.Course.Engine;

namespace Descent.Course.Classroom.Grading;

/// <summary>Reads a student's notebook. Markers are not checked: a submission is graded, never rejected for its format.</summary>
public static class SubmissionReader
{
    /// <summary>Larger files are not read (a notebook of an assignment is a few kilobytes without outputs).</summary>
    public const long MaxBytes = 32L * 1024 * 1024;

    /// <summary>The cells of a submitted notebook.</summary>
    /// <exception cref="NotebookFormatException">Not a notebook, or larger than <see cref="MaxBytes"/>.</exception>
    public static IReadOnlyList<SubmittedCell> Read(string path)
    {
        var length = new FileInfo(path).Length;
        if (length > MaxBytes)
        {
            throw new NotebookFormatException(path, null, $"the file is {length / (1024 * 1024)} MB; a notebook may be at most {MaxBytes / (1024 * 1024)} MB");
        }

        return Parse(File.ReadAllText(path), path);
    }

    /// <summary>The cells of submitted notebook JSON.</summary>
    /// <exception cref="NotebookFormatException">Not a notebook.</exception>
    public static IReadOnlyList<SubmittedCell> Parse(string json, string path)
    {
        return Notebook.Parse(json, path).Cells
            .Select((cell, i) => new SubmittedCell(i + 1, cell.Kind, cell.Source.ReplaceLineEndings("\n"), cell.Language))
            .ToList();
    }
}
