using System.Globalization;

namespace Descent.Course.Classroom.Reports;

/// <summary>RFC 4180 fields: quoted when they hold a comma, a quote or a line break; numbers in invariant culture.</summary>
internal static class Csv
{
    public static string Field(string value) =>
        value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;

    public static string Number(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    public static string Row(params string[] fields) => string.Join(',', fields.Select(Field));
}
