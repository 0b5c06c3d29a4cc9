using System.Text;

namespace Descent.Course.Book;

/// <summary>Turns a notebook name into a safe, relative page file name.</summary>
internal static class PageFileName
{
    /// <summary>
    /// Keeps letters, digits, '-', '_' and '.', replaces anything else with '-', and appends ".html".
    /// "index" is renamed so that no page overwrites the table of contents.
    /// </summary>
    public static string For(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var builder = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            builder.Append(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '-');
        }

        var stem = builder.ToString().Trim('.');
        if (stem.Length == 0 || stem.Equals("index", StringComparison.OrdinalIgnoreCase))
        {
            stem = "page-" + stem;
        }

        return stem + ".html";
    }
}
