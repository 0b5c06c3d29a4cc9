using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Descent.Course.Export;

/// <summary>
/// Compiles an exported app in memory against what <c>dotnet run</c> will give it: the .NET runtime, the Descent
/// libraries and the packages they use (MathNet.Numerics, Plotly.NET and its dependencies), so that no app that
/// does not compile is ever written.
/// </summary>
internal static class AppCompiler
{
    private static readonly Lazy<IReadOnlyList<MetadataReference>> References = new(Load);

    /// <summary>The compile errors, each with its 1-based line in the app.</summary>
    public static IReadOnlyList<(int Line, string Message)> Errors(string appText)
    {
        // The #: directives are the SDK's, not the compiler's: blank them so that line numbers stay put.
        var source = string.Join('\n', appText.Split('\n').Select(line => line.StartsWith("#:", StringComparison.Ordinal) ? "" : line));
        var tree = CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest));
        var implicitUsings = CSharpSyntaxTree.ParseText(string.Concat(ImplicitUsings.Select(u => $"global using {u};\n")));
        var compilation = CSharpCompilation.Create("ExportedLesson", [tree, implicitUsings], References.Value,
            new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable));
        return compilation.GetDiagnostics()
            .Where(d => d.Severity == DiagnosticSeverity.Error)
            .Select(d => (d.Location.GetLineSpan().StartLinePosition.Line + 1, $"{d.Id}: {d.GetMessage()}"))
            .ToList();
    }

    // The SDK's implicit global usings of a console app, which a file-based app has too.
    private static readonly string[] ImplicitUsings =
        ["System", "System.Collections.Generic", "System.IO", "System.Linq", "System.Net.Http", "System.Threading", "System.Threading.Tasks"];

    private static IReadOnlyList<MetadataReference> Load()
    {
        var framework = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var libraries = new[] { typeof(Descent.Plots.Charts).Assembly, typeof(Descent.Optimizers.Optimizer).Assembly }
            .SelectMany(assembly => assembly.GetReferencedAssemblies().Select(Assembly.Load).Append(assembly))
            .SelectMany(assembly => assembly.GetReferencedAssemblies().Select(Assembly.Load).Append(assembly))
            .Select(assembly => assembly.Location);
        return Directory.EnumerateFiles(framework, "*.dll")
            .Where(IsManaged)
            .Concat(libraries)
            .Where(path => path.Length > 0)
            .Distinct()
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToList();
    }

    private static bool IsManaged(string path)
    {
        try
        {
            AssemblyName.GetAssemblyName(path);
            return true;
        }
        catch (BadImageFormatException)
        {
            return false;
        }
    }
}
