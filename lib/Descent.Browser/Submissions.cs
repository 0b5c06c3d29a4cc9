using System.Globalization;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Descent.Browser;

/// <summary>
/// Runs code cells as a notebook does: each cell is a C# script submission compiled on top of the ones before it, so it
/// sees their variables, functions and types. This is what Roslyn's scripting API does, written out because that API
/// references the runtime's assemblies by file path, which a browser does not have.
/// </summary>
internal sealed class Submissions
{
    /// <summary>The namespaces every cell imports, as in .NET Interactive's C# kernel.</summary>
    private static readonly string[] Imports = ["System", "System.Collections", "System.Collections.Generic", "System.IO", "System.Linq", "System.Text", "System.Threading.Tasks"];

    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest, kind: SourceCodeKind.Script);

    private readonly IReadOnlyList<MetadataReference> _references;
    private readonly Dictionary<string, Assembly> _assemblies = new(StringComparer.Ordinal);
    private CSharpCompilation? _previous;
    private object?[] _states;

    public Submissions(IReadOnlyList<MetadataReference> references, CellGlobals globals)
    {
        _references = references;
        _states = new object?[16];
        _states[0] = globals;
        AssemblyLoadContext.Default.Resolving += (_, name) => name.Name is { } n && _assemblies.TryGetValue(n, out var assembly) ? assembly : null;
    }

    /// <summary>
    /// Compiles and runs <paramref name="code"/>. Returns whether it has a value (a last expression without a
    /// semicolon) and the value; a runtime exception is thrown, and the cell's declarations stay visible to later
    /// cells, as in a notebook.
    /// </summary>
    /// <exception cref="CompilationFailedException">The cell does not compile; nothing of it is kept.</exception>
    public async Task<(bool HasValue, object? Value)> RunAsync(string code)
    {
        var ordinal = _assemblies.Count + 1;
        var name = $"Cell{ordinal}-{Guid.NewGuid():N}";
        var tree = CSharpSyntaxTree.ParseText(code, ParseOptions);
        var compilation = CSharpCompilation.CreateScriptCompilation(
            name,
            tree,
            _references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, usings: Imports, optimizationLevel: OptimizationLevel.Release,
                concurrentBuild: false, allowUnsafe: true),
            _previous,
            typeof(object),
            typeof(CellGlobals));
        using var image = new MemoryStream();
        var emitted = compilation.Emit(image);
        var errors = emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        if (errors.Count > 0) throw new CompilationFailedException(errors);

        // A cell of only using directives has no code to emit; the directives still apply to the cells after it.
        _previous = compilation;
        if (!emitted.Success) return (false, null);

        var assembly = Assembly.Load(image.ToArray());
        _assemblies[name] = assembly;
        if (_states.Length <= ordinal) Array.Resize(ref _states, _states.Length * 2);

        var entry = compilation.GetEntryPoint(CancellationToken.None)!;
        var factory = assembly.GetType(entry.ContainingType.MetadataName, throwOnError: true)!
            .GetMethod(entry.MetadataName, BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic)!
            .CreateDelegate<Func<object?[], Task<object?>>>();
        var hasValue = HasValue(compilation, tree);
        var value = await factory(_states);
        return (hasValue, value);
    }

    // As Roslyn's scripting decides: a submission has a value when its last global statement is an expression without
    // a semicolon whose type is not void.
    private static bool HasValue(CSharpCompilation compilation, SyntaxTree tree) =>
        tree.GetCompilationUnitRoot().Members.OfType<GlobalStatementSyntax>().LastOrDefault() is { Statement: ExpressionStatementSyntax { SemicolonToken.IsMissing: true } last }
        && compilation.GetSemanticModel(tree).GetTypeInfo(last.Expression).ConvertedType is { SpecialType: not SpecialType.System_Void };
}

/// <summary>
/// A cell that does not compile: its message has one line per error, "line N: error CSnnnn: message" with N counted
/// within the cell, as the course tool reports them.
/// </summary>
internal sealed class CompilationFailedException(IEnumerable<Diagnostic> errors) : Exception(string.Join("\n", errors.Select(error =>
    $"line {error.Location.GetLineSpan().StartLinePosition.Line + 1}: error {error.Id}: {error.GetMessage(CultureInfo.InvariantCulture)}")));
