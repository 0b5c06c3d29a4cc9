using System.Text.RegularExpressions;

namespace Descent.Browser;

/// <summary>
/// The lessons' shared setup (<c>#!import setup.dib</c>), carried in this assembly. Its C# cells run as written, except
/// the package reference lines (<c>#r</c>), whose packages the page has loaded, and the cell that hands the course
/// libraries to a .NET Interactive kernel, which the page does not have: the libraries are referenced already.
/// </summary>
internal static partial class Setup
{
    private static readonly Lazy<IReadOnlyList<string>> Cells = new(() =>
    {
        using var stream = typeof(Setup).Assembly.GetManifestResourceStream("setup.dib")
            ?? throw new InvalidOperationException("The runner was built without notebooks/setup.dib.");
        var text = new StreamReader(stream).ReadToEnd().Replace("\r\n", "\n");
        return Section().Split(text)
            .Select(cell => string.Join('\n', cell.Split('\n').Where(line => !line.StartsWith("#r ", StringComparison.Ordinal))).Trim())
            .Where(cell => cell.Length > 0 && !cell.StartsWith('{') && !cell.Contains("Microsoft.DotNet.Interactive", StringComparison.Ordinal))
            .ToList();
    });

    /// <summary>
    /// Splits a cell into the setup it imports (empty when it imports none, or when <paramref name="done"/>) and the
    /// code after the import, which keeps its line numbers.
    /// </summary>
    public static (IReadOnlyList<string> Setup, string Code) Split(string code, bool done)
    {
        var import = Import().Match(code);
        return import.Success
            ? (done ? [] : Cells.Value, new string('\n', import.Value.Count(c => c == '\n')) + code[import.Length..])
            : ([], code);
    }

    [GeneratedRegex(@"^#!(?:csharp|meta)[ \t]*$", RegexOptions.Multiline)]
    private static partial Regex Section();

    [GeneratedRegex(@"^\s*#!import\s+\S*setup\.dib[ \t]*(\n|$)")]
    private static partial Regex Import();
}
