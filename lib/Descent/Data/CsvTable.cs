using System.Globalization;

namespace Descent.Data;

/// <summary>The text of a CSV file: its header and its rows, each with the same number of fields.</summary>
public sealed class CsvTable
{
    private readonly string[][] _rows;
    private readonly int[] _lines;

    internal CsvTable(string path, string[] columns, string[][] rows, int[] lines)
    {
        Path = path;
        Columns = columns;
        _rows = rows;
        _lines = lines;
    }

    /// <summary>The file the table was read from, as given to <see cref="Csv.Read"/>.</summary>
    public string Path { get; }

    /// <summary>Column names from the header row.</summary>
    public string[] Columns { get; }

    /// <summary>Data rows (the header excluded), each with one field per column.</summary>
    public IReadOnlyList<string[]> Rows => _rows;

    /// <summary>Number of data rows.</summary>
    public int RowCount => _rows.Length;

    /// <summary>The 1-based line of the file on which data row <paramref name="row"/> (0-based) starts.</summary>
    public int LineOf(int row)
    {
        if (row < 0 || row >= _rows.Length)
            throw new ArgumentOutOfRangeException(nameof(row), row, $"row must be in 0..{_rows.Length - 1}.");
        return _lines[row];
    }

    /// <summary>0-based position of <paramref name="column"/>; throws <see cref="ArgumentException"/> listing the columns if absent.</summary>
    public int ColumnIndex(string column)
    {
        ArgumentNullException.ThrowIfNull(column);
        int index = Array.IndexOf(Columns, column);
        if (index < 0)
            throw new ArgumentException(
                $"{Path} has no column '{column}'; its columns are {string.Join(", ", Columns.Select(c => $"'{c}'"))}.", nameof(column));
        return index;
    }

    /// <summary>The fields of <paramref name="column"/>, one per row.</summary>
    public string[] Strings(string column)
    {
        int j = ColumnIndex(column);
        return _rows.Select(r => r[j]).ToArray();
    }

    /// <summary>
    /// The fields of <paramref name="column"/> parsed as numbers (invariant culture: '.' decimal point, exponent allowed).
    /// A field that is not a finite number throws <see cref="CsvFormatException"/> with its line and column.
    /// </summary>
    public double[] Numbers(string column)
    {
        int j = ColumnIndex(column);
        var values = new double[_rows.Length];
        for (int i = 0; i < _rows.Length; i++)
        {
            string field = _rows[i][j];
            if (!double.TryParse(field, NumberStyles.Float, CultureInfo.InvariantCulture, out values[i]) || !double.IsFinite(values[i]))
                throw new CsvFormatException(Path, _lines[i], column, $"'{field}' is not a number");
        }
        return values;
    }

    /// <inheritdoc/>
    public override string ToString() => $"{Path}: {RowCount} rows × {Columns.Length} columns ({string.Join(", ", Columns)})";
}
