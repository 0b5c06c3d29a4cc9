using System.Text.RegularExpressions;
using Markdig;
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
        var document = Markdown.Parse(NormalizeMath(markdown), Pipeline);
        foreach (var link in document.Descendants<LinkInline>())
        {
            if (!link.IsImage && link.Url is { } url && pageFiles is not null && PageOf(url, pageFiles) is { } page)
            {
                link.Url = page;
            }
        }

        return document.ToHtml(Pipeline);
    }

    /// <summary>The page a relative link to a notebook of the book points to, anchor included; null for any other link.</summary>
    public static string? PageOf(string url, IReadOnlyDictionary<string, string> pageFiles)
    {
        var hash = url.IndexOf('#');
        var path = (hash < 0 ? url : url[..hash]).Replace("./", "", StringComparison.Ordinal);
        var notebookBeside = path.IndexOfAny([':', '/', '\\']) < 0 && path.EndsWith(".ipynb", StringComparison.OrdinalIgnoreCase);
        return notebookBeside && pageFiles.TryGetValue(Uri.UnescapeDataString(Path.GetFileNameWithoutExtension(path)), out var file)
            ? file + (hash < 0 ? "" : url[hash..])
            : null;
    }

    /// <summary>
    /// A heading of a markdown cell: its level, plain text (formulas as their TeX), the id the page gives it, and the
    /// text with each formula between <c>\(</c> and <c>\)</c> for KaTeX to typeset.
    /// </summary>
    public sealed record Heading(int Cell, int Level, string Text, string Id, string TextWithMath);

    /// <summary>The headings of one markdown cell, with the ids <see cref="ToHtml"/> writes.</summary>
    public static IEnumerable<Heading> Headings(string markdown, int cell) =>
        Markdown.Parse(NormalizeMath(markdown), Pipeline).Descendants<HeadingBlock>()
            .Where(heading => heading.Inline is not null)
            .Select(heading => new Heading(cell, heading.Level, InlineText(heading.Inline!, tex => tex).Trim(), heading.GetAttributes().Id ?? "",
                InlineText(heading.Inline!, tex => $"\\({tex}\\)").Trim()))
            .Where(heading => heading.Text.Length > 0);

    /// <summary>The text of a markdown cell without its markup, for the search index.</summary>
    public static string ToPlainText(string markdown) => Markdown.ToPlainText(NormalizeMath(markdown), Pipeline).Trim();

    // The advanced extensions without generic attributes: in a course full of formulas, "{…}" belongs to LaTeX
    // (\text{i.e.}), and reading it as HTML attributes would eat it.
    private static MarkdownPipeline CreatePipeline()
    {
        var builder = new MarkdownPipelineBuilder().UseAdvancedExtensions().UseMathematics();
        builder.Extensions.RemoveAll(extension => extension is Markdig.Extensions.GenericAttributes.GenericAttributesExtension);
        return builder.Build();
    }

    private static string InlineText(ContainerInline container, Func<string, string> formula) =>
        string.Concat(container.Descendants<Inline>().Select(inline => inline switch
        {
            LiteralInline literal => literal.Content.ToString(),
            CodeInline code => code.Content,
            Markdig.Extensions.Mathematics.MathInline math => formula(math.Content.ToString()),
            _ => "",
        }));

    /// <summary>
    /// The markdown with the math that Jupyter and VS Code accept but Markdig's math extension does not rewritten: a
    /// display block whose <c>$$</c> shares a line with the formula (<c>$$\begin{pmatrix} … \end{pmatrix}.$$</c>, on
    /// one line or several) gets <c>$$</c> lines of its own, and inline <c>$…$</c> broken over two lines of a paragraph
    /// is joined onto one line. Fenced code is left alone.
    /// </summary>
    public static string NormalizeMath(string markdown)
    {
        var lines = markdown.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var output = new List<string>(lines.Length);
        string? fence = null;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            var trimmed = line.TrimStart();
            var indent = line[..(line.Length - trimmed.Length)];
            if (fence is not null)
            {
                output.Add(line);
                if (trimmed.StartsWith(fence, StringComparison.Ordinal) && trimmed.Trim().Trim(fence[0]).Length == 0)
                {
                    fence = null;
                }

                continue;
            }

            if (trimmed.StartsWith("```", StringComparison.Ordinal) || trimmed.StartsWith("~~~", StringComparison.Ordinal))
            {
                fence = new string(trimmed[0], trimmed.TakeWhile(c => c == trimmed[0]).Count());
                output.Add(line);
                continue;
            }

            if (trimmed.StartsWith("$$", StringComparison.Ordinal))
            {
                i = DisplayBlock(lines, i, indent, output);
                continue;
            }

            while (HasOddInlineDollars(line) && i + 1 < lines.Length && lines[i + 1].Trim().Length > 0
                   && HasOddInlineDollars(lines[i + 1]) && !lines[i + 1].TrimStart().StartsWith("$$", StringComparison.Ordinal))
            {
                line = line.TrimEnd() + " " + lines[++i].TrimStart();
            }

            output.Add(line);
        }

        return string.Join('\n', output);
    }

    /// <summary>Copies the display block that starts at <paramref name="start"/>; returns the index of its last line.</summary>
    private static int DisplayBlock(string[] lines, int start, string indent, List<string> output)
    {
        var first = lines[start].Trim()[2..];
        if (first.Length == 0)
        {
            // Already "$$" on its own line: copy through the closing line unchanged.
            var closing = Array.FindIndex(lines, start + 1, line => line.TrimEnd().EndsWith("$$", StringComparison.Ordinal));
            var last = closing < 0 ? lines.Length - 1 : closing;
            output.AddRange(lines[start..(last + 1)]);
            return last;
        }

        var end = start;
        while (!(end == start ? first : lines[end].TrimEnd()).EndsWith("$$", StringComparison.Ordinal))
        {
            if (++end == lines.Length || lines[end].Trim().Length == 0)
            {
                // No closing "$$" in the paragraph: not math, keep the text as written.
                output.Add(lines[start]);
                return start;
            }
        }

        var body = lines[(start + 1)..(end + 1)].Select(line => line.Trim()).Prepend(first).ToList();
        body[^1] = body[^1][..^2];
        output.Add(indent + "$$");
        output.AddRange(body.Select(text => text.Trim()).Where(text => text.Length > 0).Select(text => indent + text));
        output.Add(indent + "$$");
        return end;
    }

    /// <summary>True when the line has an odd number of single '$' outside code spans (so an inline formula continues).</summary>
    private static bool HasOddInlineDollars(string line)
    {
        // Read left to right: an escape (backslash and the next character), a backtick, "$$" or a single "$".
        var inCode = false;
        var count = 0;
        foreach (var token in Regex.Matches(line, @"\\.?|`|\$\$?").Select(match => match.Value))
        {
            inCode ^= token == "`";
            count += token == "$" && !inCode ? 1 : 0;
        }

        return count % 2 == 1;
    }
}
