using System.Text;
using System.Text.RegularExpressions;
using Descent.Course.Engine;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Descent.Course.Export;

/// <summary>
/// Writes a notebook as a C# file-based app (<c>dotnet run lesson.cs</c>): <c>#:package</c> lines for the packages
/// the shared setup pins, a <c>#:project</c> line to the Descent libraries, the markdown as comments and the code
/// cells in order. What a notebook does that top-level C# does not is carried over: the setup cell becomes the
/// app's prelude, a name declared again in a later cell is renamed from there on, type declarations move to the end,
/// <c>using</c> directives to the top, and a cell's last expression is displayed. The app is compiled before it is
/// written; whatever cannot be carried over fails the export with the notebook, the cell and the reason.
/// </summary>
public static partial class AppExporter
{
    private static readonly CSharpParseOptions ScriptOptions = new(LanguageVersion.Latest, kind: SourceCodeKind.Script);

    /// <summary>Exports <paramref name="notebookPath"/> to <c>&lt;outputFolder&gt;/&lt;lesson&gt;.cs</c>; returns the file's path.</summary>
    /// <exception cref="ExportException">A cell cannot be carried over; the message names the notebook and the cell.</exception>
    /// <exception cref="NotebookFormatException">The notebook is malformed.</exception>
    public static string Export(string notebookPath, string outputFolder)
    {
        var notebook = Path.GetFullPath(notebookPath);
        var lesson = Path.GetFileNameWithoutExtension(notebook);
        var cells = Notebook.Load(notebook).Cells;
        var folder = Path.GetFullPath(outputFolder);
        var app = Translate(notebook, cells, folder);

        var text = app.Text;
        var errors = AppCompiler.Errors(text);
        // A notebook displays a cell's last expression only when it has a value: a call that returns void just runs.
        while (errors.FirstOrDefault(e => e.Message.StartsWith("CS1503", StringComparison.Ordinal) && e.Message.Contains("'void'")) is { Message: not null } voidDisplay
               && UnwrapDisplay(text, voidDisplay.Line) is { } unwrapped)
        {
            text = unwrapped;
            errors = AppCompiler.Errors(text);
        }

        if (errors.Count > 0)
        {
            var (line, message) = errors[0];
            var cell = app.CellAt(line);
            throw new ExportException(notebook, cell?.Number, cell is null
                ? $"the exported app does not compile: {message}"
                : $"does not compile as a file-based app: {message} (line {line - cell.FirstLine + 1} of the cell as exported)");
        }

        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, lesson + ".cs");
        File.WriteAllText(path, text);
        return path;
    }

    /// <summary>The app with the <c>display(…);</c> that starts at <paramref name="line"/> turned into a plain statement, or null.</summary>
    private static string? UnwrapDisplay(string text, int line)
    {
        var start = 0;
        for (var l = 1; l < line; l++) start = text.IndexOf('\n', start) + 1;
        while (start < text.Length && text[start] == ' ') start++;
        const string Call = DisplayCall + "(";
        if (string.CompareOrdinal(text, start, Call, 0, Call.Length) != 0) return null;
        var end = text.IndexOf(DisplayEnd, start, StringComparison.Ordinal);
        return end < 0 ? null : text[..start] + text[(start + Call.Length)..end] + ";" + text[(end + DisplayEnd.Length)..];
    }

    // A displayed last expression is written as "display(expression); // displayed", one statement that ends its cell.
    private const string DisplayCall = "display";
    private const string DisplayEnd = "); // displayed";

    /// <summary>An exported app's text, and which of its lines came from which code cell.</summary>
    internal sealed record App(string Text, IReadOnlyList<CellLines> Cells)
    {
        public CellLines? CellAt(int line) => Cells.LastOrDefault(c => c.FirstLine <= line && line < c.FirstLine + c.LineCount);
    }

    /// <summary>Lines <c>FirstLine</c> (1-based) to <c>FirstLine + LineCount − 1</c> of the app hold cell <c>Number</c>.</summary>
    internal sealed record CellLines(int Number, int FirstLine, int LineCount);

    internal static App Translate(string notebook, IReadOnlyList<NotebookCell> cells, string outputFolder)
    {
        var lesson = Path.GetFileNameWithoutExtension(notebook);
        var notebookFolder = Path.GetDirectoryName(notebook)!;
        var setup = SetupFile.None;
        var usings = new List<string>();
        var body = new List<(int Cell, string Text)>();
        var types = new List<(int Cell, string Text)>();
        var renames = new Renames();

        var parsed = new List<(int Number, CompilationUnitSyntax? Root, string Markdown)>();
        for (var i = 0; i < cells.Count; i++)
        {
            var number = i + 1;
            var cell = cells[i];
            if (cell.Kind == "markdown")
            {
                parsed.Add((number, null, cell.Source));
                continue;
            }

            if (!cell.IsCode || string.IsNullOrWhiteSpace(cell.Source)) continue;
            if (cell.Language != "csharp")
                throw new ExportException(notebook, number, $"is a {cell.Language} cell; only C# cells can be exported");

            var source = cell.Source;
            var import = ImportMagic().Match(source);
            if (import.Success)
            {
                setup = SetupFile.Read(Path.GetFullPath(Path.Combine(notebookFolder, import.Groups[1].Value)), notebook, number);
                source = source[import.Length..];
                if (string.IsNullOrWhiteSpace(source)) continue;
            }

            var magic = Magic().Match(source);
            if (magic.Success)
                throw new ExportException(notebook, number, $"uses '{magic.Value.Trim()}', which has no equivalent in a file-based app");

            var tree = CSharpSyntaxTree.ParseText(source, ScriptOptions);
            var syntaxError = tree.GetDiagnostics().FirstOrDefault(d => d.Severity == DiagnosticSeverity.Error);
            if (syntaxError is not null)
                throw new ExportException(notebook, number,
                    $"has a syntax error at line {syntaxError.Location.GetLineSpan().StartLinePosition.Line + 1}: {syntaxError.GetMessage()}");
            parsed.Add((number, (CompilationUnitSyntax)tree.GetRoot(), ""));
        }

        var topLevel = parsed.Where(p => p.Root is not null).SelectMany(p => Declarations(p.Root!)).ToHashSet();
        foreach (var (number, parsedRoot, markdown) in parsed)
        {
            if (parsedRoot is null)
            {
                body.Add((0, Comment(markdown)));
                continue;
            }

            var root = parsedRoot;
            renames.DeclareAgain(Declarations(root), number);
            root = renames.Apply(root);

            usings.AddRange(root.Usings.Select(u => u.WithoutTrivia().ToFullString()));
            var statements = new StringBuilder();
            var members = root.Members;
            for (var m = 0; m < members.Count; m++)
            {
                var member = members[m];
                switch (member)
                {
                    case BaseTypeDeclarationSyntax or DelegateDeclarationSyntax:
                        types.Add((number, member.ToFullString().Trim()));
                        break;
                    case GlobalStatementSyntax { Statement: ExpressionStatementSyntax { SemicolonToken.IsMissing: true } last } when m == members.Count - 1:
                        statements.Append(member.GetLeadingTrivia().ToFullString()).Append($"{DisplayCall}({last.Expression.WithoutTrivia()}{DisplayEnd}").AppendLine();
                        break;
                    case GlobalStatementSyntax global:
                        statements.Append(Renames.Nested(global, topLevel).ToFullString());
                        break;
                    case MethodDeclarationSyntax method:
                        statements.Append(method.WithModifiers(LocalModifiers(method.Modifiers)).ToFullString());
                        break;
                    case FieldDeclarationSyntax field:
                        statements.Append(SyntaxFactory.LocalDeclarationStatement(LocalModifiers(field.Modifiers), field.Declaration)
                            .WithTriviaFrom(field).ToFullString());
                        break;
                    default:
                        throw new ExportException(notebook, number, $"declares a {member.Kind()} at the top level, which a file-based app cannot hold");
                }
            }

            body.Add((number, statements.ToString().Trim()));
        }

        var repository = RepositoryRoot.Find(notebookFolder) ?? RepositoryRoot.Locate()
            ?? throw new ExportException(notebook, null, $"is not inside the course repository (no {RepositoryRoot.Marker} above {notebookFolder})");
        return Assemble(lesson, Path.GetRelativePath(repository, notebook).Replace('\\', '/'), repository, setup, usings, body, types, outputFolder);
    }

    private static App Assemble(string lesson, string source, string repository, SetupFile setup, List<string> usings, List<(int Cell, string Text)> body,
        List<(int Cell, string Text)> types, string outputFolder)
    {
        var text = new StringBuilder();
        var cells = new List<CellLines>();
        var line = 1;
        void Append(string chunk, int cell = 0)
        {
            var lines = chunk.Replace("\r\n", "\n").Split('\n');
            if (cell > 0) cells.Add(new CellLines(cell, line, lines.Length));
            foreach (var l in lines) text.Append(l).Append('\n');
            line += lines.Length;
        }

        foreach (var package in setup.Packages) Append($"#:package {package}");
        // Inside the repository, Directory.Packages.props would otherwise refuse versions on #:package lines.
        Append("#:property ManagePackageVersionsCentrally=false");
        var project = Path.Combine(repository, "lib", "Descent.Plots", "Descent.Plots.csproj");
        Append($"#:project {Path.GetRelativePath(outputFolder, project).Replace('\\', '/')}");
        Append("");
        Append($"// {lesson}: the lesson as a C# file-based app. Run it with `dotnet run {lesson}.cs`; charts are written to");
        Append($"// {lesson}-charts/. The notebook {source} is the source: edit that, then export again.");
        Append("");
        foreach (var directive in setup.Usings.Concat(usings).Distinct()) Append(directive);
        Append("");
        Append($"NotebookApp.Start(\"{lesson}\");");
        Append("#pragma warning disable CS8321 // the notebook's helpers, whether or not this lesson calls them");
        Append("void display(object? value) => NotebookApp.Display(value);");
        Append("void ShowTable<T>(IEnumerable<T> rows, params string[] headers) => NotebookApp.ShowTable(rows, headers);");
        Append("#pragma warning restore CS8321");
        foreach (var (cell, chunk) in body)
        {
            Append("");
            Append(chunk, cell);
        }

        foreach (var (cell, chunk) in types)
        {
            Append("");
            Append(chunk, cell);
        }

        return new App(text.ToString(), cells);
    }

    private static string Comment(string markdown) =>
        string.Join('\n', markdown.Replace("\r\n", "\n").TrimEnd().Split('\n').Select(l => l.Length == 0 ? "//" : "// " + l));

    /// <summary>A script's top-level method or field becomes a local function or variable: no access or static modifiers.</summary>
    private static SyntaxTokenList LocalModifiers(SyntaxTokenList modifiers) =>
        SyntaxFactory.TokenList(modifiers.Where(m => m.Kind() is SyntaxKind.ConstKeyword or SyntaxKind.AsyncKeyword or SyntaxKind.UnsafeKeyword));

    /// <summary>The names a cell declares at its top level: variables, functions and types.</summary>
    private static IEnumerable<string> Declarations(CompilationUnitSyntax root) => root.Members.SelectMany(member => member switch
    {
        BaseTypeDeclarationSyntax type => [type.Identifier.Text],
        DelegateDeclarationSyntax d => [d.Identifier.Text],
        MethodDeclarationSyntax method => [method.Identifier.Text],
        FieldDeclarationSyntax field => field.Declaration.Variables.Select(v => v.Identifier.Text),
        GlobalStatementSyntax { Statement: LocalDeclarationStatementSyntax local } => local.Declaration.Variables.Select(v => v.Identifier.Text),
        GlobalStatementSyntax { Statement: LocalFunctionStatementSyntax function } => [function.Identifier.Text],
        GlobalStatementSyntax { Statement: ExpressionStatementSyntax { Expression: AssignmentExpressionSyntax { Left: DeclarationExpressionSyntax declaration } } } =>
            declaration.Designation.DescendantNodesAndSelf().OfType<SingleVariableDesignationSyntax>().Select(v => v.Identifier.Text),
        _ => [],
    });

    [GeneratedRegex(@"^\s*#!import\s+(\S+)\s*(\r?\n|$)")]
    private static partial Regex ImportMagic();

    [GeneratedRegex(@"^\s*(#!|#r\b|#load\b|#i\b).*$", RegexOptions.Multiline)]
    private static partial Regex Magic();
}
