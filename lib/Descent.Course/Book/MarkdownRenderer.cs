using Markdig;
using Markdig.Renderers;
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
    /// <param name="links">Rewrites links to other notebooks of the book; none when null.</param>
    public static string ToHtml(string markdown, NotebookLinks? links = null)
    {
        var document = Markdown.Parse(MathNormalizer.Normalize(markdown), Pipeline);
        (links ?? NotebookLinks.None).Rewrite(document);
        using var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        Pipeline.Setup(renderer);
        renderer.Render(document);
        writer.Flush();
        return writer.ToString();
    }

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

    /// <summary>The plain text of the first heading in the given markdown sources, or null when there is none.</summary>
    public static string? FirstHeading(IEnumerable<string> markdownSources)
    {
        foreach (var source in markdownSources)
        {
            var document = Markdown.Parse(source, Pipeline);
            var heading = document.Descendants<HeadingBlock>().FirstOrDefault();
            if (heading?.Inline is not null)
            {
                var text = InlineText(heading.Inline).Trim();
                if (text.Length > 0)
                {
                    return text;
                }
            }
        }

        return null;
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
