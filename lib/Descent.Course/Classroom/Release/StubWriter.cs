using System.Text;
using Descent.Course.Classroom.Markers;

namespace Descent.Course.Classroom.Release;

/// <summary>
/// Turns a code cell with solution regions into the student's version: each region, markers included, becomes
/// <code>
/// // YOUR CODE HERE
/// throw new NotImplementedException("hint");
/// </code>
/// at the indentation of its <c>// BEGIN SOLUTION</c> line. Because the stub is one statement, it compiles wherever a
/// statement may stand: a method body (the signature above the region is kept) or a run of top-level statements.
/// </summary>
public static class StubWriter
{
    /// <summary>The exception message when a region has no <c>// HINT:</c> line.</summary>
    public const string DefaultHint = "Replace this line with your solution.";

    /// <summary>The comment line above each stub.</summary>
    public const string YourCodeHere = "// YOUR CODE HERE";

    /// <summary>The cell's source with every solution region replaced by a stub.</summary>
    public static string Stub(AssignmentCell cell)
    {
        if (cell.Solutions.Count == 0)
        {
            return cell.Source;
        }

        var lines = cell.Lines;
        var output = new List<string>(lines.Length);
        for (var i = 0; i < lines.Length; i++)
        {
            var region = cell.Solutions.FirstOrDefault(r => r.Begin == i);
            if (region is null)
            {
                output.Add(lines[i]);
                continue;
            }

            var indent = lines[i][..(lines[i].Length - lines[i].TrimStart().Length)];
            output.Add(indent + YourCodeHere);
            output.Add(indent + StubStatement(region.Hint));
            i = region.End;
        }

        return string.Join('\n', output);
    }

    /// <summary>The statement that stands in for a solution: <c>throw new NotImplementedException("hint");</c>.</summary>
    public static string StubStatement(string hint) =>
        $"throw new NotImplementedException({Literal(string.IsNullOrWhiteSpace(hint) ? DefaultHint : hint)});";

    /// <summary>A C# string literal for <paramref name="text"/>.</summary>
    public static string Literal(string text)
    {
        var builder = new StringBuilder("\"");
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when char.IsControl(c) => $"\\u{(int)c:x4}",
                _ => c.ToString(),
            });
        }

        return builder.Append('"').ToString();
    }
}
