using System.Globalization;
using System.Text;

namespace Descent.Course.Classroom.Reports;

/// <summary>
/// RFC 4180 fields: quoted when they hold a comma, a quote or a line break; a field that a spreadsheet would take for
/// a formula (starting with <c>= + - @</c>, a tab or a carriage return) gets a leading <c>'</c>; numbers in invariant
/// culture. Files are written atomically (a temporary file, then a rename).
/// </summary>
internal static class Csv
{
    public static string Field(string value)
    {
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }

        return value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;
    }

    public static string Number(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    public static string Row(params string[] fields) => string.Join(',', fields.Select(Field));

    /// <summary>Writes <paramref name="text"/> to <paramref name="path"/> so that a reader sees the old file or the new one, never half of one.</summary>
    public static void WriteAtomically(string path, string text)
    {
        var temporary = $"{path}.{Guid.NewGuid():N}.tmp";
        File.WriteAllText(temporary, text, new UTF8Encoding(false));
        File.Move(temporary, path, overwrite: true);
    }
}
