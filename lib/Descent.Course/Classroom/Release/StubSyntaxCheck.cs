using Descent.Course.Classroom.Markers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Descent.Course.Classroom.Release;

/// <summary>
/// Checks the placement rule for solution regions: a region must cover whole statements (a method body, or statements
/// at the top level of the cell), so that the one-statement stub that replaces it still parses. A region that covers
/// part of an expression, or a member declaration inside a type, is rejected before anything runs. Whether the stubbed
/// cell also compiles (for example, a top-level region must not declare a variable that later code uses) is checked by
/// running the release.
/// </summary>
public static class StubSyntaxCheck
{
    private static readonly CSharpParseOptions Script = CSharpParseOptions.Default
        .WithKind(SourceCodeKind.Script)
        .WithLanguageVersion(LanguageVersion.Preview);

    /// <summary>Throws when a stub in <paramref name="cell"/> would not parse where its region stands.</summary>
    /// <exception cref="AssignmentFormatException">A region does not cover whole statements.</exception>
    public static void Check(string path, AssignmentCell cell)
    {
        if (cell.Solutions.Count == 0 || cell.Language is not ("csharp" or "C#" or "c#"))
        {
            return;
        }

        var before = SyntaxErrors(cell.Source).Count;
        var stubbed = StubWriter.Stub(cell);
        var errors = SyntaxErrors(stubbed);
        var stubs = ParseScript(stubbed).GetRoot().DescendantNodes().OfType<ThrowStatementSyntax>().Count(IsStub);
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

    private static bool IsStub(ThrowStatementSyntax statement) =>
        statement.Expression is ObjectCreationExpressionSyntax { Type: IdentifierNameSyntax { Identifier.Text: "NotImplementedException" } }
        && statement.Parent is BlockSyntax or GlobalStatementSyntax or SwitchSectionSyntax;

    private static List<string> SyntaxErrors(string source) => ParseScript(source)
        .GetDiagnostics()
        .Where(d => d.Severity == DiagnosticSeverity.Error)
        .Select(d => $"line {d.Location.GetLineSpan().StartLinePosition.Line + 1}: {d.GetMessage()}")
        .ToList();

    // Magic commands (#!import, #r "nuget: ...") are not C#; blank them out so lines keep their numbers.
    private static SyntaxTree ParseScript(string source) => CSharpSyntaxTree.ParseText(
        string.Join('\n', source.Split('\n').Select(line => line.TrimStart().StartsWith('#') ? "" : line)),
        Script);
}
