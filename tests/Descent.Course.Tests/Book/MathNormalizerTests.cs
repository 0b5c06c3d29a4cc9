using Descent.Course.Book;

namespace Descent.Course.Tests.Book;

public sealed class MathNormalizerTests
{
    [Fact]
    public void Display_math_sharing_lines_with_its_dollars_gets_dollar_lines_of_its_own()
    {
        const string markdown = "are **linear**:\n\n$$\\begin{pmatrix} A \\\\ c \\end{pmatrix}\n\\qquad\\text{i.e.}\\qquad\n\\begin{pmatrix} 2 \\end{pmatrix}.$$\n\nAfter.";
        Assert.Equal(
            "are **linear**:\n\n$$\n\\begin{pmatrix} A \\\\ c \\end{pmatrix}\n\\qquad\\text{i.e.}\\qquad\n\\begin{pmatrix} 2 \\end{pmatrix}.\n$$\n\nAfter.",
            MarkdownRenderer.NormalizeMath(markdown));
    }

    [Theory]
    [InlineData("$$x^2$$", "$$\nx^2\n$$")]
    [InlineData("  $$ x $$", "  $$\n  x\n  $$")]
    [InlineData("$$\nx\n$$", "$$\nx\n$$")]
    [InlineData("$$ not closed\n\nnext", "$$ not closed\n\nnext")]
    [InlineData("```\n$$a\nb$$\n```", "```\n$$a\nb$$\n```")]
    [InlineData("~~~~\n$x\ny$\n~~~~\n$a\nb$", "~~~~\n$x\ny$\n~~~~\n$a b$")]
    public void Display_blocks_are_rewritten_outside_code_only(string markdown, string expected) =>
        Assert.Equal(expected, MarkdownRenderer.NormalizeMath(markdown));

    [Theory]
    [InlineData("the Lagrangian $\\mathcal{L}(x,\nλ) = f$ is", "the Lagrangian $\\mathcal{L}(x, λ) = f$ is")]
    [InlineData("one $a$ two $b$\nthree", "one $a$ two $b$\nthree")]
    [InlineData("code `$` then $x\n= 1$", "code `$` then $x = 1$")]
    [InlineData("escaped \\$ sign\nnext", "escaped \\$ sign\nnext")]
    [InlineData("open $x\n\nnew paragraph $y", "open $x\n\nnew paragraph $y")]
    public void Inline_math_broken_over_two_lines_is_joined(string markdown, string expected) =>
        Assert.Equal(expected, MarkdownRenderer.NormalizeMath(markdown));

    [Fact]
    public void Rendered_lesson_math_keeps_its_braces_and_line_breaks()
    {
        const string markdown = "$$\\begin{pmatrix} A & \\mathbf{c} \\\\ \\mathbf{c}^\\top & 0 \\end{pmatrix}\n\\qquad\\text{i.e.}\\qquad x.$$";
        var html = MarkdownRenderer.ToHtml(markdown);
        Assert.Contains("<div class=\"math\">\n\\[\n\\begin{pmatrix} A &amp; \\mathbf{c} \\\\ \\mathbf{c}^\\top &amp; 0 \\end{pmatrix}\n\\qquad\\text{i.e.}\\qquad x.\n\\]</div>", html);
        Assert.DoesNotContain("pmatrix=\"\"", html);
    }

    [Fact]
    public void Braces_after_text_are_not_read_as_html_attributes()
    {
        Assert.Equal("<p>Set {.lead} aside</p>\n", MarkdownRenderer.ToHtml("Set {.lead} aside"));
        Assert.Equal("<h2 id=\"a-title-id\">A title {#id}</h2>\n", MarkdownRenderer.ToHtml("## A title {#id}"));
    }
}
