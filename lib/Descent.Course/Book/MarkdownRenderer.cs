using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Descent.Course.Book;

/// <summary>
/// Renders notebook markdown to HTML with Markdig's advanced extensions, math included.
/// Math is left for KaTeX in the browser: Markdig writes inline math as <c>\( … \)</c> and display math as
/// <c>\[ … \]</c> inside elements of class <c>math</c>.
/// </summary>
internal static class MarkdownRenderer
{
    private static readonly MarkdownPipeline Pipeline = CreatePipeline();

    /// <summary>Renders one markdown cell to HTML.</summary>
    /// <param name="markdown">The cell's source.</param>
    /// <param name="pageFiles">Notebook name to page file: relative links to those notebooks (anchor kept) point at their pages.</param>
    public static string ToHtml(string markdown, IReadOnlyDictionary<string, string>? pageFiles = null)
    {
        var document = Markdown.Parse(MathNormalizer.Normalize(markdown), Pipeline);
        foreach (var link in document.Descendants<LinkInline>())
        {
            if (!link.IsImage && link.Url is { } url && pageFiles is not null && PageOf(url, pageFiles) is { } page)
            {
                link.Url = page;
            }
        }

        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        Pipeline.Setup(renderer);
        renderer.Render(document);
        writer.Flush();
        return writer.ToString();
    }

    /// <summary>The page a relative link to a notebook of the book points to, anchor included; null for any other link.</summary>
    public static string? PageOf(string url, IReadOnlyDictionary<string, string> pageFiles)
    {
        var hash = url.IndexOf('#');
        var path = (hash < 0 ? url : url[..hash]).Replace("./", "", StringComparison.Ordinal);
        if (path.Contains(':') || path.Contains('/') || path.Contains('\\') || !path.EndsWith(".ipynb", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        return pageFiles.TryGetValue(Uri.UnescapeDataString(Path.GetFileNameWithoutExtension(path)), out var file)
            ? file + (hash < 0 ? "" : url[hash..])
            : null;
    }

    /// <summary>A heading of a markdown cell: its level, plain text and the id the page gives it.</summary>
    public sealed record Heading(int Cell, int Level, string Text, string Id);

    /// <summary>The headings of one markdown cell, with the ids <see cref="ToHtml"/> writes.</summary>
    public static IEnumerable<Heading> Headings(string markdown, int cell) =>
        Markdown.Parse(MathNormalizer.Normalize(markdown), Pipeline).Descendants<HeadingBlock>()
            .Where(heading => heading.Inline is not null)
            .Select(heading => new Heading(cell, heading.Level, InlineText(heading.Inline!).Trim(), heading.GetAttributes().Id ?? ""))
            .Where(heading => heading.Text.Length > 0);

    /// <summary>The text of a markdown cell without its markup, for the search index.</summary>
    public static string ToPlainText(string markdown) => Markdown.ToPlainText(MathNormalizer.Normalize(markdown), Pipeline).Trim();

    /// <summary>
    /// The advanced extensions without generic attributes: in a course full of formulas, "{…}" belongs to LaTeX
    /// (<c>\text{i.e.}</c>), and reading it as HTML attributes would eat it.
    /// </summary>
    private static MarkdownPipeline CreatePipeline()
    {
        var builder = new MarkdownPipelineBuilder().UseAdvancedExtensions().UseMathematics();
        builder.Extensions.RemoveAll(extension => extension is Markdig.Extensions.GenericAttributes.GenericAttributesExtension);
        return builder.Build();
    }

    private static string InlineText(ContainerInline container)
    {
        var builder = new System.Text.StringBuilder();
        foreach (var inline in container.Descendants<Inline>())
        {
            switch (inline)
            {
                case LiteralInline literal:
                    builder.Append(literal.Content.ToString());
                    break;
                case CodeInline code:
                    builder.Append(code.Content);
                    break;
                case Markdig.Extensions.Mathematics.MathInline math:
                    builder.Append(math.Content.ToString());
                    break;
            }
        }

        return builder.ToString();
    }
}
