using System.Text.RegularExpressions;

namespace Descent.Course.Export;

/// <summary>
/// What a lesson's <c>#!import</c>ed setup file gives an exported app: the NuGet packages it pins (as
/// <c>Name@Version</c>; the notebook-formatter packages, <c>*.Interactive</c>, have no use outside a notebook) and its
/// <c>using</c> directives. The rest of the setup (the host fixes, the library references, <c>ShowTable</c>) is the
/// notebook host's and is replaced by <see cref="Descent.Plots.NotebookApp"/>.
/// </summary>
internal sealed partial record SetupFile(IReadOnlyList<string> Packages, IReadOnlyList<string> Usings)
{
    public static SetupFile None { get; } = new([], []);

    public static SetupFile Read(string path, string notebook, int cell)
    {
        if (!File.Exists(path)) throw new ExportException(notebook, cell, $"imports {path}, which does not exist");
        var text = File.ReadAllText(path);
        var packages = NugetReference().Matches(text)
            .Select(m => (Name: m.Groups[1].Value, Version: m.Groups[2].Value))
            .Where(p => !p.Name.EndsWith(".Interactive", StringComparison.Ordinal))
            .Select(p => $"{p.Name}@{p.Version}")
            .ToList();
        var usings = UsingDirective().Matches(text).Select(m => m.Value.Trim()).ToList();
        return new SetupFile(packages, usings);
    }

    [GeneratedRegex(@"^#r\s+""nuget:\s*([^,""\s]+)\s*,\s*([^""\s]+)\s*""", RegexOptions.Multiline)]
    private static partial Regex NugetReference();

    [GeneratedRegex(@"^using\s+[\w.]+\s*;", RegexOptions.Multiline)]
    private static partial Regex UsingDirective();
}
