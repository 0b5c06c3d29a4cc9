using System.Text;

namespace Descent.Course.Book;

/// <summary>
/// Rewrites the math that Jupyter and VS Code accept but Markdig's math extension does not, before Markdig sees it:
/// a display block whose <c>$$</c> shares a line with the formula (<c>$$\begin{pmatrix} … \end{pmatrix}.$$</c>,
/// on one line or several) becomes a block with <c>$$</c> on lines of their own, and inline <c>$…$</c> broken over
/// two lines of a paragraph is joined onto one line. Fenced code is left alone.
/// </summary>
internal static class MathNormalizer
{
    /// <summary>The markdown with its math in the forms Markdig recognises.</summary>
    public static string Normalize(string markdown)
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
            output.Add(lines[start]);
            for (var i = start + 1; i < lines.Length; i++)
            {
                output.Add(lines[i]);
                if (lines[i].TrimEnd().EndsWith("$$", StringComparison.Ordinal))
                {
                    return i;
                }
            }

            return lines.Length - 1;
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

        var body = new List<string>();
        for (var i = start; i <= end; i++)
        {
            var text = i == start ? first : lines[i].Trim();
            if (i == end)
            {
                text = text[..^2];
            }

            if (text.Trim().Length > 0)
            {
                body.Add(indent + text.Trim());
            }
        }

        output.Add(indent + "$$");
        output.AddRange(body);
        output.Add(indent + "$$");
        return end;
    }

    /// <summary>True when the line has an odd number of single '$' outside code spans (so an inline formula continues).</summary>
    private static bool HasOddInlineDollars(string line)
    {
        var count = 0;
        var inCode = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (c == '\\')
            {
                i++;
            }
            else if (c == '`')
            {
                inCode = !inCode;
            }
            else if (c == '$' && !inCode)
            {
                if (i + 1 < line.Length && line[i + 1] == '$')
                {
                    i++;
                }
                else
                {
                    count++;
                }
            }
        }

        return count % 2 == 1;
    }
}
