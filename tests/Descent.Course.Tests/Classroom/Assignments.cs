using Descent.Course.Tests.Support;

namespace Descent.Course.Tests.Classroom;

/// <summary>The course's source assignments.</summary>
public static class Assignments
{
    /// <summary>notebooks/assignments/.</summary>
    public static string Folder => Path.Combine(CourseFiles.NotebooksDirectory, "assignments");

    /// <summary>The path of an assignment by file name.</summary>
    public static string PathOf(string fileName) => Path.Combine(Folder, fileName);

    /// <summary>xunit data: every source assignment's file name.</summary>
    public static TheoryData<string> FileNames()
    {
        var data = new TheoryData<string>();
        foreach (var path in Directory.EnumerateFiles(Folder, "*.ipynb").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(path));
        }

        return data;
    }
}
