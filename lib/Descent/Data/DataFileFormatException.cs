namespace Descent.Data;

/// <summary>
/// A binary data file could not be read: it is truncated, its header is wrong or a value is out of range.
/// The message starts with the file: "data/mnist.bin.gz: truncated: 7840000 pixel bytes expected, 120 found".
/// </summary>
public sealed class DataFileFormatException : FormatException
{
    /// <param name="filePath">The file, as it was passed to the loader.</param>
    /// <param name="detail">What is wrong.</param>
    /// <param name="inner">The exception that revealed the problem (for example the decompressor's), if any.</param>
    public DataFileFormatException(string filePath, string detail, Exception? inner = null)
        : base($"{filePath}: {detail}", inner)
    {
        FilePath = filePath;
        Detail = detail;
    }

    /// <summary>The file, as it was passed to the loader.</summary>
    public string FilePath { get; }

    /// <summary>The message without the file.</summary>
    public string Detail { get; }
}
