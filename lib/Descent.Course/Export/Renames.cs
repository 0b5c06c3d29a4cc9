using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Descent.Course.Export;

/// <summary>
/// A notebook may declare a name again in a later cell, which then means the new declaration; top-level C# has one
/// scope. Each re-declared name gets the suffix of the cell that declares it again (<c>run</c> → <c>run_14</c>), and
/// that cell and the cells after it use the new name.
/// </summary>
internal sealed class Renames
{
    private readonly HashSet<string> declared = [];
    private readonly Dictionary<string, string> current = [];

    /// <summary>Records a cell's top-level declarations; those declared before are renamed from this cell on.</summary>
    public void DeclareAgain(IEnumerable<string> names, int cell)
    {
        foreach (var name in names)
        {
            if (!declared.Add(name)) current[name] = $"{name}_{cell}";
        }
    }

    /// <summary>The cell with every renamed identifier, declaration and use, under its current name.</summary>
    public CompilationUnitSyntax Apply(CompilationUnitSyntax root) =>
        current.Count == 0 ? root : (CompilationUnitSyntax)new Rewriter(current).Visit(root);

    /// <summary>
    /// A top-level statement whose nested blocks declare a name that some cell declares at the top level: a script
    /// allows that, one top-level scope does not (CS0136), so the nested name becomes <c>name_local</c> within the
    /// statement. Lambdas and local functions may shadow and are left alone.
    /// </summary>
    public static GlobalStatementSyntax Nested(GlobalStatementSyntax statement, IReadOnlySet<string> topLevel)
    {
        var own = statement.Statement is LocalDeclarationStatementSyntax local
            ? local.Declaration.Variables.Select(v => v.Identifier.Text).ToHashSet()
            : [];
        var nested = statement.DescendantNodes(node => node is not (AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax))
            .Select(node => node switch
            {
                VariableDeclaratorSyntax v => v.Identifier.Text,
                ForEachStatementSyntax f => f.Identifier.Text,
                SingleVariableDesignationSyntax d => d.Identifier.Text,
                CatchDeclarationSyntax c => c.Identifier.Text,
                _ => null,
            })
            .OfType<string>()
            .Where(name => topLevel.Contains(name) && !own.Contains(name))
            .Distinct()
            .ToDictionary(name => name, name => name + "_local");
        if (statement.Statement is ExpressionStatementSyntax { Expression: AssignmentExpressionSyntax { Left: DeclarationExpressionSyntax } })
            return statement;
        return nested.Count == 0 ? statement : (GlobalStatementSyntax)new Rewriter(nested).Visit(statement);
    }

    private sealed class Rewriter(IReadOnlyDictionary<string, string> names) : CSharpSyntaxRewriter
    {
        public override SyntaxToken VisitToken(SyntaxToken token)
        {
            if (!token.IsKind(SyntaxKind.IdentifierToken) || !names.TryGetValue(token.ValueText, out var renamed) || !IsRenamed(token))
                return base.VisitToken(token);
            return SyntaxFactory.Identifier(token.LeadingTrivia, renamed, token.TrailingTrivia);
        }

        // A member's name (x.Name, Name: in an argument or initializer) keeps its spelling; everything else that spells
        // the name (declarations, uses, parameters) is the renamed variable, function or type.
        private static bool IsRenamed(SyntaxToken token) => token.Parent switch
        {
            IdentifierNameSyntax name => name.Parent switch
            {
                MemberAccessExpressionSyntax access => access.Expression == name,
                MemberBindingExpressionSyntax => false,
                NameColonSyntax or NameEqualsSyntax => false,
                QualifiedNameSyntax qualified => qualified.Left == name,
                _ => true,
            },
            PropertyDeclarationSyntax or EnumMemberDeclarationSyntax => false,
            _ => true,
        };
    }
}
