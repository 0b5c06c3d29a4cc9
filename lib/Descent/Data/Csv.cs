using System.Text;

namespace Descent.Data;

/// <summary>
/// A small RFC 4180 CSV reader: comma-separated fields, a header row, fields optionally in double quotes
/// (which may hold commas, line breaks and doubled quotes ""), LF or CRLF line ends, a final line end optional.
/// Blank lines are skipped. Every problem is a <see cref="CsvFormatException"/> that names the file and the line.
/// </summary>
public static class Csv
{
    /// <summary>Reads the CSV file at <paramref name="path"/> (UTF-8).</summary>
    /// <exception cref="FileNotFoundException">There is no file at <paramref name="path"/>.</exception>
    /// <exception cref="CsvFormatException">The file is empty, a quote is not closed, or a row has the wrong number of fields.</exception>
    public static CsvTable Read(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (!File.Exists(path))
            throw new FileNotFoundException($"CSV file not found: '{path}' (full path '{System.IO.Path.GetFullPath(path)}').", path);
        return Parse(File.ReadAllText(path, Encoding.UTF8), path);
    }

    /// <summary>Parses CSV <paramref name="text"/>; <paramref name="path"/> is only used in error messages.</summary>
    public static CsvTable Parse(string text, string path = "<text>")
    {
        ArgumentNullException.ThrowIfNull(text);
        var records = Split(text, path);
        if (records.Count == 0) throw new CsvFormatException(path, 1, null, "the file is empty; expected a header row");

        var (header, headerLine) = records[0];
        for (int j = 0; j < header.Length; j++)
        {
            if (header[j].Trim().Length == 0)
                throw new CsvFormatException(path, headerLine, (j + 1).ToString(), "the header has an empty column name");
            int first = Array.IndexOf(header, header[j]);
            if (first < j)
                throw new CsvFormatException(path, headerLine, header[j], $"the header names this column twice (columns {first + 1} and {j + 1})");
        }

        var rows = new string[records.Count - 1][];
        var lines = new int[records.Count - 1];
        for (int i = 1; i < records.Count; i++)
        {
            var (fields, line) = records[i];
            if (fields.Length != header.Length)
                throw new CsvFormatException(path, line, null,
                    $"the row has {fields.Length} field{(fields.Length == 1 ? "" : "s")}, the header has {header.Length}");
            rows[i - 1] = fields;
            lines[i - 1] = line;
        }
        return new CsvTable(path, header, rows, lines);
    }

    private static List<(string[] Fields, int Line)> Split(string text, string path)
    {
        var records = new List<(string[], int)>();
        var fields = new List<string>();
        var field = new StringBuilder();
        int line = 1, recordLine = 1, i = 0;
        bool recordHasContent = false;

        void EndField()
        {
            fields.Add(field.ToString());
            field.Clear();
        }

        void EndRecord()
        {
            EndField();
            if (recordHasContent) records.Add((fields.ToArray(), recordLine));
            fields.Clear();
            recordHasContent = false;
        }

        while (i < text.Length)
        {
            char c = text[i];
            if (!recordHasContent) recordLine = line;
            if (c == '"' && field.Length == 0 && !FieldStartedUnquoted(text, i))
            {
                int quoteLine = line;
                recordHasContent = true;
                i++;
                while (true)
                {
                    if (i >= text.Length)
                        throw new CsvFormatException(path, quoteLine, (fields.Count + 1).ToString(), "a quoted field is not closed");
                    if (text[i] == '"')
                    {
                        if (i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i += 2; continue; }
                        i++;
                        break;
                    }
                    if (text[i] == '\n') line++;
                    field.Append(text[i]);
                    i++;
                }
                if (i < text.Length && text[i] != ',' && text[i] != '\n' && text[i] != '\r')
                    throw new CsvFormatException(path, line, (fields.Count + 1).ToString(),
                        $"unexpected '{text[i]}' after the closing quote of a field");
                continue;
            }
            switch (c)
            {
                case ',':
                    recordHasContent = true;
                    EndField();
                    break;
                case '\r':
                    break;
                case '\n':
                    EndRecord();
                    line++;
                    break;
                default:
                    recordHasContent = true;
                    field.Append(c);
                    break;
            }
            i++;
        }
        EndRecord();
        return records;
    }

    // A quote in the middle of an unquoted field (a,b"c,d) is kept as a literal character.
    private static bool FieldStartedUnquoted(string text, int i) => i > 0 && text[i - 1] != ',' && text[i - 1] != '\n';
}
