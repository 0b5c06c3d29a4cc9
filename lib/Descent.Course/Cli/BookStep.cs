using Descent.Course.Book;
using Descent.Course.Engine;

namespace Descent.Course.Cli;

/// <summary>The <c>run</c> command's last step: the HTML book built from the executed notebooks.</summary>
internal static class BookStep
{
    /// <summary>Builds the book into <paramref name="bookDirectory"/>; returns the full path of its index page.</summary>
    public static string Build(IReadOnlyList<NotebookRun> runs, string bookDirectory) =>
        BookBuilder.Build(runs, bookDirectory);
}
