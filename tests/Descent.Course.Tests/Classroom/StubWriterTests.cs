using Descent.Course.Classroom.Markers;
using Descent.Course.Classroom.Release;

namespace Descent.Course.Tests.Classroom;

public class StubWriterTests
{
    private static AssignmentCell Cell(string source) =>
        CellMarkerParser.Parse("hw.ipynb", 2, "code", source, "csharp", isFirstCodeCell: false);

    [Fact]
    public void A_method_body_becomes_a_stub_under_the_kept_signature_at_the_region_indentation()
    {
        var stub = StubWriter.Stub(Cell("double Rate(Quadratic f)\n{\n    // BEGIN SOLUTION\n    // HINT: Two over the \"largest\" eigenvalue.\n    return 2.0 / f.Eigenvalues.Max();\n    // END SOLUTION\n}"));
        Assert.Equal(
            "double Rate(Quadratic f)\n{\n    // YOUR CODE HERE\n    throw new NotImplementedException(\"Two over the \\\"largest\\\" eigenvalue.\");\n}",
            stub);
    }

    [Fact]
    public void Top_level_statements_become_a_stub_and_the_code_around_them_stays()
    {
        var stub = StubWriter.Stub(Cell("double rate = 0;\n// BEGIN SOLUTION\nrate = 0.15;\n// END SOLUTION\nConsole.WriteLine(rate);"));
        Assert.Equal(
            $"double rate = 0;\n// YOUR CODE HERE\nthrow new NotImplementedException(\"{StubWriter.DefaultHint}\");\nConsole.WriteLine(rate);",
            stub);
    }

    [Fact]
    public void Several_hint_lines_are_joined_and_several_regions_each_get_a_stub()
    {
        var stub = StubWriter.Stub(Cell("void A()\n{\n  // BEGIN SOLUTION\n  // HINT: First,\n  // HINT: then.\n  X();\n  // END SOLUTION\n}\nvoid B()\n{\n  // BEGIN SOLUTION\n  Y();\n  // END SOLUTION\n}"));
        Assert.Contains("throw new NotImplementedException(\"First, then.\");", stub);
        Assert.Equal(2, stub.Split("// YOUR CODE HERE").Length - 1);
        Assert.DoesNotContain("X();", stub);
        Assert.DoesNotContain("Y();", stub);
    }

    [Theory]
    [InlineData("tab\there", "\"tab\\there\"")]
    [InlineData("back\\slash", "\"back\\\\slash\"")]
    [InlineData("ünïcode η", "\"ünïcode η\"")]
    public void Hints_become_valid_string_literals(string hint, string literal) =>
        Assert.Equal(literal, StubWriter.Literal(hint));

    [Fact]
    public void A_stubbed_method_body_parses_as_a_statement_where_the_region_stood()
    {
        // The check throws when the stub would not parse; a method body and top-level statements both pass.
        StubWriter.CheckPlacement("hw.ipynb", Cell("List<int> F()\n{\n    // BEGIN SOLUTION\n    return new List<int>();\n    // END SOLUTION\n}"));
        StubWriter.CheckPlacement("hw.ipynb", Cell("var x = 1;\nif (x > 0)\n{\n    // BEGIN SOLUTION\n    x = 2;\n    // END SOLUTION\n}"));
    }
}
