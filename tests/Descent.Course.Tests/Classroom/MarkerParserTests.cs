using Descent.Course.Classroom.Markers;
using Descent.Course.Engine;

namespace Descent.Course.Tests.Classroom;

public class MarkerParserTests
{
    private const string Path = "hw/01-test.ipynb";

    private static AssignmentNotebook Parse(params string[] cells) => AssignmentNotebook.Parse(NotebookBuilder.Of(cells).Json(), Path);

    private static AssignmentFormatException Fails(params string[] cells) => Assert.Throws<AssignmentFormatException>(() => Parse(cells));

    private const string Test = "// TEST: works (points: 1)\nCheck();";

    [Fact]
    public void A_well_formed_assignment_is_parsed_into_roles_regions_and_tests()
    {
        var assignment = Parse(
            "md: # Title",
            "#!import ../setup.dib",
            "int Twice(int x)\n{\n    // BEGIN SOLUTION\n    // HINT: Multiply by two.\n    return 2 * x;\n    // END SOLUTION\n}",
            "// TEST: doubles (points: 2.5)\nif (Twice(3) != 6) throw new Exception(\"no\");\n// BEGIN HIDDEN TESTS\nif (Twice(-1) != -2) throw new Exception(\"negative\");\n// END HIDDEN TESTS",
            "  // TEST:   second one   ( points : 1 )  \nCheck();");

        Assert.Equal([CellRole.Text, CellRole.Setup, CellRole.Code, CellRole.Test, CellRole.Test], assignment.Cells.Select(c => c.Role));
        var solution = Assert.Single(assignment.Cells[2].Solutions);
        Assert.Equal((2, 5, "Multiply by two."), (solution.Begin, solution.End, solution.Hint));
        Assert.Equal(new LineRegion(2, 4), Assert.Single(assignment.Cells[3].Hidden));
        Assert.Equal([new TestHeader("doubles", 2.5m), new TestHeader("second one", 1m)], assignment.Tests.Select(t => t.Test));
        Assert.Equal(3.5m, assignment.MaxPoints);
        Assert.Same(assignment.Cells[1], assignment.Setup);
    }

    [Theory]
    [InlineData("int F()\n{\n    // BEGIN SOLUTION\n    return 1;\n}", 3, "has no // END SOLUTION")]
    [InlineData("int F()\n{\n    return 1;\n    // END SOLUTION\n}", 4, "without a // BEGIN SOLUTION")]
    [InlineData("// BEGIN SOLUTION\nvar a = 1;\n// BEGIN SOLUTION\na = 2;\n// END SOLUTION\n// END SOLUTION", 3, "regions do not nest")]
    [InlineData("// HINT: outside\nvar a = 1;", 1, "belongs inside a solution region")]
    [InlineData("// begin solution\nvar a = 1;\n// end solution", 1, "looks like a marker but is not spelled as one")]
    [InlineData("// BEGIN HIDDEN TESTS\nCheck();\n// END HIDDEN TESTS", 1, "outside a test cell")]
    public void Malformed_markers_in_a_code_cell_name_the_notebook_cell_and_line(string cell, int line, string problem)
    {
        var error = Fails("md: # Title", cell, Test);
        Assert.Equal(Path, error.Path);
        Assert.Equal(2, error.CellNumber);
        Assert.Equal(line, error.Line);
        Assert.Contains(problem, error.Message);
        Assert.StartsWith($"{Path}, cell 2, line {line}: ", error.Message);
    }

    [Theory]
    [InlineData("// TEST: no points\nCheck();", 1, "has no points: write \"// TEST: no points (points: 2)\"")]
    [InlineData("// TEST: zero (points: 0)\nCheck();", 1, "points must be a number greater than 0")]
    [InlineData("// TEST: words (points: two)\nCheck();", 1, "not \"two\"")]
    [InlineData("// TEST: (points: 2)\nCheck();", 1, "test has no name")]
    [InlineData("Check();\n// TEST: late (points: 2)", 2, "must be the first line of a test cell")]
    [InlineData("// TEST: t (points: 1)\n// BEGIN HIDDEN TESTS\nCheck();", 2, "has no // END HIDDEN TESTS")]
    [InlineData("// TEST: t (points: 1)\nCheck();\n// END HIDDEN TESTS", 3, "without a // BEGIN HIDDEN TESTS")]
    [InlineData("// TEST: t (points: 1)\n// BEGIN SOLUTION\nCheck();\n// END SOLUTION", 2, "a test cell cannot hold a solution region")]
    [InlineData("// TEST: t (points: 1)\nCheck();\n// END HIDDEN TEST", 3, "looks like a marker")]
    [InlineData("// TEST: empty (points: 1)\n// nothing here", 1, "has no code")]
    public void Malformed_test_cells_name_the_notebook_cell_and_line(string cell, int line, string problem)
    {
        var error = Fails("md: # Title", "var a = 1;", cell);
        Assert.Equal(3, error.CellNumber);
        Assert.Equal(line, error.Line);
        Assert.Contains(problem, error.Message);
        Assert.StartsWith($"{Path}, cell 3, line {line}: ", error.Message);
    }

    [Fact]
    public void Two_tests_with_one_name_are_an_error_naming_both_cells()
    {
        var error = Fails("md: # Title", "// TEST: same (points: 1)\nCheck();", "var a = 1;", "// TEST: Same (points: 2)\nCheck();");
        Assert.Equal(4, error.CellNumber);
        Assert.Contains("test name \"same\" is also used by cell 2", error.Message);
    }

    [Fact]
    public void A_notebook_without_tests_is_an_error()
    {
        var error = Fails("md: # Title", "var a = 1;");
        Assert.Null(error.CellNumber);
        Assert.Equal($"{Path}: no graded test cells: a test cell starts with \"// TEST: name (points: N)\"", error.Message);
    }

    [Theory]
    [InlineData("var total = Sum(\n    // BEGIN SOLUTION\n    1, 2\n    // END SOLUTION\n);")]
    [InlineData("class Model\n{\n    // BEGIN SOLUTION\n    public int Size() => 3;\n    // END SOLUTION\n}")]
    public void A_solution_region_that_is_not_whole_statements_is_rejected(string cell)
    {
        var error = Fails("md: # Title", cell, Test);
        Assert.Equal(2, error.CellNumber);
        Assert.Contains("must cover whole statements", error.Message);
    }

    [Fact]
    public void Markers_in_markdown_cells_are_text()
    {
        var assignment = Parse("md: Write your code between // BEGIN SOLUTION and // END SOLUTION.", Test);
        Assert.Equal(CellRole.Text, assignment.Cells[0].Role);
    }

    [Fact]
    public void A_file_that_is_not_json_is_a_notebook_error_with_its_line()
    {
        var error = Assert.Throws<NotebookFormatException>(() => AssignmentNotebook.Parse("{\n  \"cells\": [\n  oops\n}", Path));
        Assert.Equal(3, error.Line);
        Assert.StartsWith($"{Path}:3: malformed notebook JSON", error.Message);
    }

    [Fact]
    public void Json_without_cells_is_not_a_notebook()
    {
        var error = Assert.Throws<NotebookFormatException>(() => AssignmentNotebook.Parse("{\"nbformat\": 4}", Path));
        Assert.Contains("no \"cells\" array", error.Message);
    }
}
