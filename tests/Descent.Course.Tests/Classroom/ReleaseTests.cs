using System.Text.Encodings.Web;
using System.Text.Json;
using Descent.Course.Classroom.Markers;
using Descent.Course.Engine;
using Descent.Course.Classroom.Release;

namespace Descent.Course.Tests.Classroom;

public class ReleaseTests
{
    private static readonly JsonSerializerOptions Relaxed = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    [Fact]
    public void The_course_has_the_three_assignments_each_with_hidden_tests_and_solutions()
    {
        Assert.Equal(["01-gradient-descent.ipynb", "02-minibatch-sgd.ipynb", "03-momentum-and-adam.ipynb"], Assignments.FileNames());
        foreach (var name in Assignments.FileNames())
        {
            var assignment = AssignmentNotebook.Load(Assignments.PathOf(name));
            Assert.Equal("#!import ../setup.dib", assignment.Setup?.Source);
            Assert.True(assignment.Tests.Count >= 3, name);
            Assert.Contains(assignment.Tests, t => t.Hidden.Count > 0);
            Assert.True(assignment.Cells.Count(c => c.Solutions.Count > 0) >= 3, name);
            Assert.All(assignment.Document.Root["cells"]!.AsArray(), cell => Assert.Empty(cell!["outputs"]?.AsArray() ?? []));
        }
    }

    [Theory]
    [MemberData(nameof(Assignments.FileNames), MemberType = typeof(Assignments))]
    public void No_solution_or_hidden_test_text_survives_in_the_release(string name)
    {
        var assignment = AssignmentNotebook.Load(Assignments.PathOf(name));
        var json = ReleaseBuilder.Build(assignment).ToJson();
        var text = string.Join('\n', Notebook.Parse(json, name).Cells.Select(c => c.Source));

        var secrets = SecretText.SolutionLines(assignment).Concat(SecretText.HiddenTestLines(assignment)).ToList();
        Assert.True(secrets.Count > 20, $"{name}: only {secrets.Count} secret lines found");
        Assert.All(secrets, line =>
        {
            Assert.DoesNotContain(line, text);
            Assert.DoesNotContain(JsonSerializer.Serialize(line, Relaxed)[1..^1], json);
        });
        Assert.DoesNotContain("SOLUTION", text);
        Assert.DoesNotContain("HIDDEN TESTS", text);
        Assert.DoesNotContain("// HINT:", text);
    }

    [Theory]
    [MemberData(nameof(Assignments.FileNames), MemberType = typeof(Assignments))]
    public void The_release_keeps_tests_and_text_stubs_every_solution_and_clears_outputs(string name)
    {
        var assignment = AssignmentNotebook.Load(Assignments.PathOf(name));
        var release = ReleaseBuilder.Build(assignment);
        var cells = release.Cells.Zip(release.Root["cells"]!.AsArray()).Select(c => (c.First.Kind, c.First.Source, Node: c.Second!)).ToList();

        Assert.Equal(assignment.Cells.Count, cells.Count);
        Assert.Equal(assignment.Cells.Sum(c => c.Solutions.Count), cells.Where(c => c.Kind == "code").Sum(c => c.Source.Split("throw new NotImplementedException(").Length - 1));
        foreach (var (cell, released) in assignment.Cells.Zip(cells))
        {
            if (cell.Role == CellRole.Text || (cell.Role == CellRole.Code && cell.Solutions.Count == 0))
            {
                Assert.Equal(cell.Source, released.Source);
            }

            if (cell.Role == CellRole.Test)
            {
                Assert.StartsWith(cell.Lines[0], released.Source);
                Assert.Equal(cell.Hidden.Count, released.Source.Split(StubWriter.HiddenTestsNote).Length - 1);
            }

            if (released.Kind == "code")
            {
                Assert.Empty(released.Node["outputs"]!.AsArray());
                Assert.Null(released.Node["execution_count"]);
                Assert.Equal(released.Node["metadata"]!.ToJsonString(), assignment.Document.Root["cells"]![cell.Number - 1]!["metadata"]!.ToJsonString());
            }
        }

        Assert.Equal(assignment.Document.Root["metadata"]!.ToJsonString(), release.Root["metadata"]!.ToJsonString());
    }

    [Fact]
    public void Building_a_release_does_not_change_the_source()
    {
        var path = Assignments.PathOf("01-gradient-descent.ipynb");
        var before = File.ReadAllBytes(path);
        var assignment = AssignmentNotebook.Load(path);
        ReleaseBuilder.Build(assignment);
        Assert.Contains("BEGIN SOLUTION", assignment.Document.Cells[4].Source);
        Assert.Equal(before, File.ReadAllBytes(path));
    }
}
