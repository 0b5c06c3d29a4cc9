namespace Descent.Course.Engine;

/// <summary>A notebook file that cannot be read: not JSON, or not an nbformat notebook.</summary>
public sealed class NotebookFormatException : Exception
{
    /// <summary>Creates the exception; the message names the file and, when known, the line.</summary>
    /// <param name="path">The notebook file.</param>
    /// <param name="line">The 1-based line of the problem, if known.</param>
    /// <param name="problem">What is wrong.</param>
    /// <param name="inner">The parser's exception.</param>
    public NotebookFormatException(string path, long? line, string problem, Exception? inner = null)
        : base(line is { } l ? $"{path}:{l}: {problem}" : $"{path}: {problem}", inner)
    {
        Path = path;
        Line = line;
    }

    /// <summary>The notebook file.</summary>
    public string Path { get; }

    /// <summary>The 1-based line of the problem, if known.</summary>
    public long? Line { get; }
}
