using Descent.Course.Classroom.Markers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Descent.Course.Classroom.Grading;

/// <summary>Flags what an exercise never needs and an attack on the grader does: magic commands (<c>#!</c>, <c>#r</c>), the
/// kernel's own API, reflection, P/Invoke and unsafe code, processes, files and the process's standard streams. Names
/// are read from the tokens (so <c>\u0046ile</c> is <c>File</c>). A flag costs no points: it goes into the feedback
/// and the gradebook for the teacher to look at.</summary>
public static class PolicyCheck
{
    private static readonly Dictionary<string, string> Names = new(StringComparer.Ordinal)
    {
        ["Interactive"] = "the kernel's API", ["Kernel"] = "the kernel's API", ["KernelInvocationContext"] = "the kernel's API",
        ["Reflection"] = "reflection", ["GetField"] = "reflection", ["GetMethod"] = "reflection", ["GetProperty"] = "reflection",
        ["GetFields"] = "reflection", ["GetMethods"] = "reflection", ["InvokeMember"] = "reflection", ["Activator"] = "reflection",
        ["Emit"] = "reflection", ["AssemblyLoadContext"] = "reflection", ["UnsafeAccessor"] = "reflection",
        ["InteropServices"] = "P/Invoke", ["DllImport"] = "P/Invoke", ["LibraryImport"] = "P/Invoke", ["Marshal"] = "P/Invoke",
        ["NativeLibrary"] = "P/Invoke", ["Unsafe"] = "unsafe code", ["unsafe"] = "unsafe code",
        ["Process"] = "processes", ["ProcessStartInfo"] = "processes",
        ["File"] = "files", ["Directory"] = "files", ["FileStream"] = "files", ["FileInfo"] = "files", ["DirectoryInfo"] = "files",
        ["SafeFileHandle"] = "files", ["OpenStandardInput"] = "standard streams", ["OpenStandardOutput"] = "standard streams",
        ["OpenStandardError"] = "standard streams", ["SetOut"] = "standard streams", ["SetIn"] = "standard streams",
        ["In"] = "standard streams", ["Environment"] = "the environment", ["AppDomain"] = "the environment",
        ["Thread"] = "threads", ["ThreadPool"] = "threads",
    };

    /// <summary>One line per flagged cell, e.g. "cell 4: reflection (GetField), files (File)".</summary>
    public static IReadOnlyList<string> Flags(IReadOnlyList<SubmittedCell> cells)
    {
        var flags = new List<string>();
        foreach (var cell in cells.Where(c => c.Kind == "code"))
        {
            var found = new SortedSet<string>(StringComparer.Ordinal);
            if (cell.Source.Split('\n').Any(line => (line.TrimStart().StartsWith("#!") || line.TrimStart().StartsWith("#r ") || line.TrimStart().StartsWith("#load")) && line.Trim() != "#!import ../setup.dib"))
            {
                found.Add("magic commands (#!, #r, #load)");
            }

            foreach (var token in CellMarkerParser.ParseCSharp(cell.Source).GetRoot().DescendantTokens())
            {
                if ((token.IsKind(SyntaxKind.IdentifierToken) || token.IsKind(SyntaxKind.UnsafeKeyword)) && Names.TryGetValue(token.ValueText, out var what)
                    && !(token.ValueText == "In" && token.GetPreviousToken().ValueText != "."))
                {
                    found.Add($"{what} ({token.ValueText})");
                }
            }

            if (found.Count > 0)
            {
                flags.Add($"cell {cell.Number}: {string.Join(", ", found)}");
            }
        }

        return flags;
    }
}
