namespace Descent.Course.Classroom.Notebooks;

/// <summary>A file that is not a Jupyter notebook: not JSON, or JSON without a <c>cells</c> array.</summary>
public sealed class NotebookJsonException : Exception
{
    /// <summary>Creates the exception; the message names the file and, when known, the line.</summary>
    public NotebookJsonException(string path, long? line, string problem, Exception? inner = null)
        : base(line is { } l ? $"{path}:{l}: {problem}" : $"{path}: {problem}", inner)
    {
        Path = path;
        Line = line;
        Problem = problem;
    }

    /// <summary>The file.</summary>
    public string Path { get; }

    /// <summary>The 1-based line of the problem, if known.</summary>
    public long? Line { get; }

    /// <summary>What is wrong, without the file name.</summary>
    public string Problem { get; }
}
