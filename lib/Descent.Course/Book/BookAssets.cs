using System.Reflection;

namespace Descent.Course.Book;

/// <summary>
/// The static files every page uses, copied into the book's assets folder: KaTeX (MIT), highlight.js
/// (BSD-3-Clause), MiniSearch (MIT) and CodeMirror 5.65.21 (MIT) vendored in this assembly with their licences, the book's own style and script, and
/// plotly.js taken from the copy Plotly.NET embeds in its assembly. Nothing is downloaded.
/// </summary>
internal static class BookAssets
{
    /// <summary>The style sheets of every page: KaTeX (which loads its fonts from assets/katex/fonts), highlight.js's light and dark GitHub themes, the book's own.</summary>
    public static IReadOnlyList<string> StyleSheets { get; } =
        ["assets/katex/katex.min.css", "assets/highlight/github.min.css", "assets/highlight/github-dark.min.css", "assets/book/book.css"];

    /// <summary>The scripts at the end of every page: KaTeX and its auto-render, highlight.js, MiniSearch (MIT), the search documents and the book's script.</summary>
    public static IReadOnlyList<string> Scripts { get; } =
    [
        "assets/katex/katex.min.js", "assets/katex/contrib/auto-render.min.js", "assets/highlight/highlight.min.js",
        "assets/minisearch/minisearch.js", SearchIndex, "assets/book/book.js",
    ];

    /// <summary>
    /// The editor and the in-page runner of a notebook's code cells (after <see cref="Scripts"/>): CodeMirror with its
    /// C-like modes (C#), and book-run.js, which runs cells with the C# runner when the book is served.
    /// </summary>
    public static IReadOnlyList<string> RunScripts { get; } = ["assets/codemirror/codemirror.js", "assets/codemirror/clike.js", "assets/book/book-run.js"];

    /// <summary>CodeMirror's style sheet, on pages with code cells.</summary>
    public const string EditorStyleSheet = "assets/codemirror/codemirror.css";

    /// <summary>The search documents, a script so that the book searches from file:// with no server.</summary>
    public const string SearchIndex = "assets/search-index.js";

    /// <summary>The self-check, active only when a page is opened with <c>?check</c>.</summary>
    public const string CheckScript = "assets/book/book-check.js";

    private const string ResourcePrefix = "Assets/";

    private static readonly Assembly PlotlyAssembly = typeof(Plotly.NET.GenericChart).Assembly;

    private static readonly Lazy<string> PlotlyResource = new(() =>
        PlotlyAssembly.GetManifestResourceNames()
            .Where(name => name.StartsWith("Plotly.NET.plotly-", StringComparison.Ordinal) && name.EndsWith(".min.js", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .LastOrDefault()
        ?? throw new InvalidOperationException(
            $"Plotly.NET {PlotlyAssembly.GetName().Version} carries no embedded plotly-*.min.js; the book cannot draw charts offline."));

    /// <summary>plotly.js, for example "assets/plotly/plotly-2.28.0.min.js".</summary>
    public static string PlotlyScript => "assets/plotly/" + PlotlyResource.Value["Plotly.NET.".Length..];

    /// <summary>Writes every asset under <paramref name="bookDirectory"/>/assets, replacing older copies.</summary>
    public static void CopyTo(string bookDirectory)
    {
        var own = typeof(BookAssets).Assembly;
        foreach (var name in own.GetManifestResourceNames().Where(name => name.Replace('\\', '/').StartsWith(ResourcePrefix, StringComparison.Ordinal)))
        {
            Write(own, name, Path.Combine(bookDirectory, "assets", name.Replace('\\', '/')[ResourcePrefix.Length..]));
        }

        var plotly = Path.Combine(bookDirectory, PlotlyScript);
        Write(PlotlyAssembly, PlotlyResource.Value, plotly);
        if (PlotlyAssembly.GetManifestResourceNames().Contains(PlotlyResource.Value + ".LICENSE.txt"))
        {
            Write(PlotlyAssembly, PlotlyResource.Value + ".LICENSE.txt", plotly + ".LICENSE.txt");
        }
    }

    private static void Write(Assembly assembly, string resource, string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var source = assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The resource '{resource}' is missing from {assembly.GetName().Name}.");
        using var target = File.Create(path);
        source.CopyTo(target);
    }
}
