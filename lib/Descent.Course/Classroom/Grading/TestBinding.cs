using System.Reflection;
using System.Text.RegularExpressions;
using Descent.Course.Classroom.Markers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Descent.Course.Classroom.Grading;

/// <summary>Makes a test cell bind to the course's own types whatever the student declares: every simple type name in it that
/// the notebook imports (<c>Exercise</c>, <c>Sgd</c>, <c>Math</c>, <c>List&lt;T&gt;</c>, ...) becomes its fully qualified
/// <c>global::</c> name, so a student's <c>class Exercise</c> or <c>var Math = ...</c> cannot stand in for it.</summary>
public static partial class TestBinding
{
    private static readonly string[] KernelNamespaces = ["System", "System.Collections.Generic", "System.Linq", "System.Text", "System.Threading.Tasks"];
    private static readonly string[] CourseAssemblies = ["Descent", "Descent.Plots", "MathNet.Numerics", "Plotly.NET", "FSharp.Core"];

    /// <summary>A rewriter for test cells of a notebook whose code imports the namespaces named in <paramref name="code"/>'s <c>using</c> lines.</summary>
    public static Func<string, string> For(IEnumerable<string> code)
    {
        var namespaces = code.SelectMany(text => UsingLine().Matches(text).Select(m => m.Groups["ns"].Value))
            .Concat(KernelNamespaces).ToHashSet(StringComparer.Ordinal);
        var types = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var assembly in Assemblies())
        {
            foreach (var type in Exported(assembly).Where(t => !t.IsNested && t.Namespace is { } ns && namespaces.Contains(ns)))
            {
                var name = $"global::{type.Namespace}.{type.Name.Split('`')[0]}";
                types[type.Name] = types.TryGetValue(type.Name, out var seen) && seen != name ? null : name;
            }
        }

        return source => Qualify(source, types);
    }

    private static string Qualify(string source, Dictionary<string, string?> types)
    {
        var lines = source.Split('\n');
        var root = CellMarkerParser.ParseCSharp(source).GetRoot();
        var declared = root.DescendantTokens().Where(IsDeclaration).Select(t => t.ValueText).ToHashSet(StringComparer.Ordinal);
        var rewritten = new Rewriter(types, declared).Visit(root).ToFullString().Split('\n');
        return string.Join('\n', lines.Select((line, i) => line.TrimStart().StartsWith('#') || i >= rewritten.Length ? line : rewritten[i]));
    }

    private static bool IsDeclaration(SyntaxToken token) => token.Parent switch
    {
        VariableDeclaratorSyntax v => v.Identifier == token,
        ParameterSyntax p => p.Identifier == token,
        LocalFunctionStatementSyntax f => f.Identifier == token,
        ForEachStatementSyntax f => f.Identifier == token,
        SingleVariableDesignationSyntax => true,
        BaseTypeDeclarationSyntax t => t.Identifier == token,
        TypeParameterSyntax => true,
        _ => false,
    };

    private sealed class Rewriter(Dictionary<string, string?> types, HashSet<string> declared) : CSharpSyntaxRewriter
    {
        public override SyntaxNode? VisitIdentifierName(IdentifierNameSyntax node) =>
            Qualified(node, node.Identifier.ValueText) is { } name ? SyntaxFactory.ParseName(name).WithTriviaFrom(node) : node;

        public override SyntaxNode? VisitGenericName(GenericNameSyntax node)
        {
            var visited = (GenericNameSyntax)base.VisitGenericName(node)!;
            if (Qualified(node, $"{node.Identifier.ValueText}`{node.Arity}") is not { } name)
            {
                return visited;
            }

            var ns = SyntaxFactory.ParseName(name[..name.LastIndexOf('.')]);
            return SyntaxFactory.QualifiedName(ns, visited.WithoutTrivia()).WithTriviaFrom(node);
        }

        private string? Qualified(SimpleNameSyntax node, string key)
        {
            var ok = node.Parent switch
            {
                MemberAccessExpressionSyntax access => access.Name != node,
                MemberBindingExpressionSyntax => false,                                                       // h?.Name
                AssignmentExpressionSyntax { Parent: InitializerExpressionSyntax } assignment => assignment.Left != node,   // new T { Name = … }
                QualifiedNameSyntax qualified => qualified.Right != node,
                AliasQualifiedNameSyntax or NameColonSyntax or NameEqualsSyntax => false,
                InvocationExpressionSyntax invocation => invocation.Expression != node,
                _ => true,
            };
            return ok && !declared.Contains(node.Identifier.ValueText) && types.TryGetValue(key, out var name)
                   && !node.Ancestors().OfType<UsingDirectiveSyntax>().Any()
                ? name
                : null;
        }
    }

    private static IEnumerable<Assembly> Assemblies()
    {
        var loaded = AppDomain.CurrentDomain.GetAssemblies().Where(a => !a.IsDynamic).ToList();
        foreach (var name in CourseAssemblies.Where(n => loaded.All(a => a.GetName().Name != n)))
        {
            try
            {
                loaded.Add(Assembly.Load(name));
            }
            catch (Exception exception) when (exception is FileNotFoundException or FileLoadException or BadImageFormatException)
            {
                // Not shipped with this build: its names stay as written.
            }
        }

        return loaded.Where(a => a.GetName().Name is { } n && (n.StartsWith("System", StringComparison.Ordinal) || n == "mscorlib" || CourseAssemblies.Contains(n)));
    }

    private static IEnumerable<Type> Exported(Assembly assembly)
    {
        try
        {
            return assembly.GetExportedTypes();
        }
        catch (Exception exception) when (exception is ReflectionTypeLoadException or NotSupportedException or FileNotFoundException or FileLoadException)
        {
            return [];
        }
    }

    [GeneratedRegex(@"^\s*using\s+(?<ns>[A-Za-z_][\w.]*)\s*;", RegexOptions.Multiline)]
    private static partial Regex UsingLine();
}
