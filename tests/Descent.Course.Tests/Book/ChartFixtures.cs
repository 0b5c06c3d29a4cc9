using Descent.Course.Book;

namespace Descent.Course.Tests.Book;

/// <summary>Chart HTML exactly as Plotly.NET.Interactive writes it (see Fixtures/README.md).</summary>
internal static class ChartFixtures
{
    public const string Line = "line-chart.html";
    public const string Contour = "contour-chart.html";
    public const string Surface = "surface-chart.html";
    public const string Plain = "plain-chart.html";

    public static readonly string[] All = [Line, Contour, Surface, Plain];

    /// <summary>The fixture's HTML.</summary>
    public static string Html(string name) => File.ReadAllText(Path.Combine(TestPaths.Fixtures, name));

    /// <summary>The fixture as a display_data output.</summary>
    public static BookOutput Output(string name) =>
        new("display_data", new Dictionary<string, string> { ["text/html"] = Html(name), ["text/plain"] = "GenericChart" });
}
