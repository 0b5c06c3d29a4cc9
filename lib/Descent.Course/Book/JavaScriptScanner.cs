namespace Descent.Course.Book;

/// <summary>Just enough JavaScript lexing to find a matching bracket while skipping string literals.</summary>
internal static class JavaScriptScanner
{
    /// <summary>
    /// The index of the ')' that closes the '(' at <paramref name="open"/>, skipping quoted strings and template
    /// literals (JSON data often holds brackets inside strings); -1 when it is not closed.
    /// </summary>
    public static int MatchingParenthesis(string text, int open)
    {
        if (open < 0 || open >= text.Length || text[open] != '(')
        {
            throw new ArgumentOutOfRangeException(nameof(open), open, "The index must point at a '('.");
        }

        var depth = 0;
        for (var i = open; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '"' or '\'' or '`':
                    i = EndOfString(text, i);
                    if (i < 0)
                    {
                        return -1;
                    }

                    break;
                case '(':
                    depth++;
                    break;
                case ')':
                    depth--;
                    if (depth == 0)
                    {
                        return i;
                    }

                    break;
            }
        }

        return -1;
    }

    private static int EndOfString(string text, int start)
    {
        var quote = text[start];
        for (var i = start + 1; i < text.Length; i++)
        {
            if (text[i] == '\\')
            {
                i++;
            }
            else if (text[i] == quote)
            {
                return i;
            }
        }

        return -1;
    }
}
