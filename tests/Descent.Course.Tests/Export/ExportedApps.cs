using Descent.Course.Export;
using Descent.Course.Tests.Support;

namespace Descent.Course.Tests.Export;

/// <summary>Every lesson and assignment exported once per test run, to a temporary folder.</summary>
public static class ExportedApps
{
    private static readonly Lazy<TempNotebooks> Folder = new(() =>
    {
        var folder = new TempNotebooks();
        foreach (var notebook in CourseFiles.AllNotebooks()) AppExporter.Export(notebook, folder.Directory);
        return folder;
    });

    /// <summary>The folder the apps were written to.</summary>
    public static string Directory => Folder.Value.Directory;

    /// <summary>The app exported from a notebook named relative to notebooks/.</summary>
    public static string PathOf(string notebook) => Path.Combine(Directory, Path.GetFileNameWithoutExtension(notebook) + ".cs");

    /// <summary>The longest building and running one app may take (a first build restores packages and builds the libraries).</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);

    /// <summary>Runs <c>dotnet run app.cs</c> from notebooks/, as a student in the repository would.</summary>
    public static Task<DotnetCommand.Result> RunAsync(string app) =>
        DotnetCommand.RunAsync(CourseFiles.NotebooksDirectory, Timeout, "run", app);
}
