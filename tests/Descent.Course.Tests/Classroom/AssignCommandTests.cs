using Descent.Course.Classroom.Markers;
using Descent.Course.Classroom.Release;
using Descent.Course.Tests.Support;

namespace Descent.Course.Tests.Classroom;

public class AssignCommandTests
{
    private const string Twice = "int Twice(int x)\n{\n    // BEGIN SOLUTION\n    // HINT: Multiply by two.\n    return 2 * x;\n    // END SOLUTION\n}";
    private const string TwiceTest = "// TEST: doubles (points: 2)\nif (Twice(3) != 6) throw new Exception($\"Twice(3) is {Twice(3)}\");";

    [Fact]
    public async Task Assign_checks_the_course_assignments_and_writes_releases_that_fail_every_graded_test()
    {
        using var output = new TempFolder();
        var sources = Directory.EnumerateFiles(Assignments.Folder, "*.ipynb").ToDictionary(p => p, File.ReadAllBytes);

        var result = await CliHarness.RunAsync("assign", Assignments.Folder, "--output", output.Path);

        Assert.True(result.ExitCode == 0, result.Output);
        Assert.Equal(3, result.Output.Split("passed").Length - 1);
        foreach (var (path, bytes) in sources)
        {
            var written = File.ReadAllText(output[Path.GetFileName(path)]);
            Assert.Equal(ReleaseBuilder.Build(AssignmentNotebook.Load(path)).ToJson(), written);
            Assert.Equal(bytes, File.ReadAllBytes(path));
        }
    }

    [Fact]
    public async Task A_test_that_passes_without_the_students_work_stops_the_release()
    {
        using var folder = new TempFolder();
        var path = NotebookBuilder.Of("md: # Doubling", Twice, TwiceTest, "// TEST: always passes (points: 1)\nvar ok = 1 + 1 == 2;")
            .Save(folder["hw.ipynb"]);

        var result = await CliHarness.RunAsync("assign", path, "--output", folder["release"]);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"{path}, cell 4: test \"always passes\" passes on the release", result.Output);
        Assert.DoesNotContain("test \"doubles\" passes", result.Output);
        Assert.False(Directory.Exists(folder["release"]));
    }

    [Fact]
    public async Task A_stub_that_does_not_compile_and_a_solution_that_fails_are_reported()
    {
        using var folder = new TempFolder();
        var path = NotebookBuilder.Of(
                "md: # Broken",
                "// BEGIN SOLUTION\nvar answer = 42;\n// END SOLUTION\nConsole.WriteLine(answer);",
                "// TEST: answer (points: 1)\nif (answer != 41) throw new Exception($\"answer is {answer}\");")
            .Save(folder["hw.ipynb"]);

        var result = await CliHarness.RunAsync("assign", path, "--output", folder["release"]);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"{path}, cell 3: the solution fails test \"answer\"", result.Output);
        Assert.Contains("answer is 42", result.Output);
        Assert.Contains($"{path}, cell 2: the stub does not compile in the release", result.Output);
        Assert.Contains("CS0103", result.Output);
    }

    [Fact]
    public async Task A_malformed_source_is_a_usage_error_naming_the_cell_and_line()
    {
        using var folder = new TempFolder();
        var path = NotebookBuilder.Of("md: # Title", Twice.Replace("    // END SOLUTION\n", ""), TwiceTest).Save(folder["hw.ipynb"]);

        var result = await CliHarness.RunAsync("assign", path, "--output", folder["release"]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"{path}, cell 2, line 3: // BEGIN SOLUTION has no // END SOLUTION", result.Output);
    }

    [Fact]
    public async Task A_small_assignment_is_released_with_a_stub_that_compiles_and_throws_the_hint()
    {
        using var folder = new TempFolder();
        var path = NotebookBuilder.Of("md: # Doubling", Twice, TwiceTest + "\n// BEGIN HIDDEN TESTS\nif (Twice(-4) != -8) throw new Exception(\"negative\");\n// END HIDDEN TESTS")
            .Save(folder["hw.ipynb"]);

        var result = await CliHarness.RunAsync("assign", path, "--output", folder["release"]);

        Assert.True(result.ExitCode == 0, result.Output);
        var release = File.ReadAllText(folder["release/hw.ipynb"]);
        Assert.Contains("throw new NotImplementedException(\\\"Multiply by two.\\\");", release);
        Assert.DoesNotContain("2 * x", release);
        Assert.DoesNotContain("Twice(-4)", release);
    }
}
