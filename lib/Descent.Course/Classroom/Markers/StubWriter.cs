using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Descent.Course.Classroom.Markers;

/// <summary>
/// What a cell holds in the student's release. Each solution region, markers included, becomes
/// <code>
/// // YOUR CODE HERE
/// throw new NotImplementedException("hint");
/// </code>
/// at the indentation of its <c>// BEGIN SOLUTION</c> line. Because the stub is one statement, it compiles wherever a
/// statement may stand: a method body (the signature above the region is kept) or a run of top-level statements.
/// Each hidden-test region becomes the one line <see cref="HiddenTestsNote"/>.
/// </summary>
public static class StubWriter
{
    /// <summary>The exception message when a region has no <c>// HINT:</c> line.</summary>
    public const string DefaultHint = "Replace this line with your solution.";

    /// <summary>The line left where hidden tests were removed.</summary>
    public const string HiddenTestsNote = "// Hidden tests for this cell run when the assignment is graded.";

    /// <summary>What a cell holds in the release: code cells stubbed, test cells without their hidden tests.</summary>
    public static string ReleaseSource(AssignmentCell cell) => cell.Role switch
    {
        CellRole.Code => Stub(cell),
        CellRole.Test => Replace(cell, cell.Hidden, _ => [HiddenTestsNote]),
        _ => cell.Source,
    };

    /// <summary>The cell's source with every solution region replaced by a stub.</summary>
    public static string Stub(AssignmentCell cell) => Replace(cell, cell.Solutions, region => ["// YOUR CODE HERE",
        $"throw new NotImplementedException({Literal(string.IsNullOrWhiteSpace(region.Hint) ? DefaultHint : region.Hint)});"]);

    /// <summary>A C# string literal for <paramref name="text"/>.</summary>
    public static string Literal(string text) => SymbolDisplay.FormatLiteral(text, quote: true);

    /// <summary>Checks the placement rule for solution regions: a region must cover whole statements (a method body, or
    /// statements at the top level of the cell), so that the stub still parses where it stands. Whether the stubbed
    /// cell also compiles (a top-level region must not declare a variable that later code uses) is checked by running
    /// the release.</summary>
    /// <exception cref="AssignmentFormatException">A region covers part of an expression or a member declaration inside a type.</exception>
    public static void CheckPlacement(string path, AssignmentCell cell)
    {
        if (cell.Solutions.Count == 0 || cell.Language is not ("csharp" or "C#" or "c#"))
        {
            return;
        }

        var before = SyntaxErrors(cell.Source).Count;
        var stubbed = Stub(cell);
        var errors = SyntaxErrors(stubbed);
        var stubs = CellMarkerParser.ParseCSharp(stubbed).GetRoot().DescendantNodes().OfType<ThrowStatementSyntax>().Count(statement =>
            statement.Expression is ObjectCreationExpressionSyntax { Type: IdentifierNameSyntax { Identifier.Text: "NotImplementedException" } }
            && statement.Parent is BlockSyntax or GlobalStatementSyntax or SwitchSectionSyntax);
        if (errors.Count > before || stubs < cell.Solutions.Count)
        {
            var region = cell.Solutions[0];
            var detail = errors.Count > 0 ? $" (the stub gives: {errors[0]})" : "";
            throw new AssignmentFormatException(path, cell.Number, region.Begin + 1,
                $"the solution region on lines {region.Begin + 1}–{region.End + 1} must cover whole statements: " +
                "a method body or statements at the top level of the cell, not part of an expression or a declaration " +
                $"inside a type{detail}");
        }
    }

    private static List<string> SyntaxErrors(string source) => CellMarkerParser.ParseCSharp(source).GetDiagnostics()
        .Where(d => d.Severity == DiagnosticSeverity.Error)
        .Select(d => $"line {d.Location.GetLineSpan().StartLinePosition.Line + 1}: {d.GetMessage()}")
        .ToList();

    // Each region, markers included, becomes the replacement lines at the indentation of its first line.
    private static string Replace(AssignmentCell cell, IReadOnlyList<LineRegion> regions, Func<LineRegion, string[]> replacement)
    {
        var lines = cell.Lines;
        var output = new List<string>(lines.Length);
        for (var i = 0; i < lines.Length; i++)
        {
            if (regions.FirstOrDefault(r => r.Begin == i) is not { } region)
            {
                output.Add(lines[i]);
                continue;
            }

            var indent = lines[i][..(lines[i].Length - lines[i].TrimStart().Length)];
            output.AddRange(replacement(region).Select(line => indent + line));
            i = region.End;
        }

        return string.Join('\n', output);
    }
}
