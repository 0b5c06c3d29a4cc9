using Descent.Course.Engine;

namespace Descent.Course.Cli;

/// <summary>The <c>run</c> command's last step: the HTML book built from the executed notebooks.</summary>
internal static class BookStep
{
    /// <summary>Builds the book into <paramref name="bookDirectory"/>; returns the path of its index page, or null when no book builder is available.</summary>
    public static string? Build(IReadOnlyList<NotebookRun> runs, string bookDirectory)
    {
        // BOOK CALL SITE: replace the body with `return Book.BookBuilder.Build(runs, bookDirectory);`
        // once Descent.Course.Book.BookBuilder is committed.
        var builder = Type.GetType("Descent.Course.Book.BookBuilder");
        var build = builder?.GetMethod("Build", [typeof(IReadOnlyList<NotebookRun>), typeof(string)]);
        return build?.Invoke(null, [runs, bookDirectory]) as string;
    }
}
