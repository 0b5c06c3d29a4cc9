namespace Descent.Data;

/// <summary>
/// A CSV file could not be read or a field could not be converted. The message starts with the place:
/// "data/iris.csv, line 17, column 'sepal_length': 'abc' is not a number".
/// </summary>
public sealed class CsvFormatException : FormatException
{
    /// <param name="filePath">The file, as it was passed to <see cref="Csv.Read"/>.</param>
    /// <param name="line">1-based line number in the file.</param>
    /// <param name="column">Column name, or a 1-based column number, or null when the whole line is at fault.</param>
    /// <param name="detail">What is wrong.</param>
    public CsvFormatException(string filePath, int line, string? column, string detail)
        : base(Describe(filePath, line, column, detail))
    {
        FilePath = filePath;
        Line = line;
        Column = column;
        Detail = detail;
    }

    /// <summary>The file, as it was passed to <see cref="Csv.Read"/>.</summary>
    public string FilePath { get; }

    /// <summary>1-based line number.</summary>
    public int Line { get; }

    /// <summary>Column name (or 1-based number as text), null when the problem is the whole line.</summary>
    public string? Column { get; }

    /// <summary>The message without the file, line and column.</summary>
    public string Detail { get; }

    private static string Describe(string filePath, int line, string? column, string detail) =>
        column is null
            ? $"{filePath}, line {line}: {detail}"
            : int.TryParse(column, out _)
                ? $"{filePath}, line {line}, column {column}: {detail}"
                : $"{filePath}, line {line}, column '{column}': {detail}";
}
