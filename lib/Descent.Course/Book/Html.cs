using System.Net;

namespace Descent.Course.Book;

/// <summary>HTML escaping for text placed in element content or attribute values.</summary>
internal static class Html
{
    /// <summary>Escapes &amp;, &lt;, &gt; and quotes.</summary>
    public static string Escape(string? text) => WebUtility.HtmlEncode(text ?? string.Empty);
}
