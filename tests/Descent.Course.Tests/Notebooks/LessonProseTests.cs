using Descent.Course.Tests.Support;

namespace Descent.Course.Tests.Notebooks;

/// <summary>
/// A number typed into a lesson's text goes stale: every number the markdown states is printed by one of the lesson's
/// cells or written in its code (see <see cref="ProseNumbers"/>).
/// </summary>
[Collection(NotebookCollection.Name)]
[Trait("Category", "Slow")]
public sealed class LessonProseTests
{
    /// <summary>The lessons (assignments state their numbers in graded tests).</summary>
    public static TheoryData<string> Lessons() => new(CourseFiles.Lessons());

    [Theory]
    [MemberData(nameof(Lessons))]
    public async Task Every_number_in_the_prose_is_printed_or_in_the_code(string notebook)
    {
        var run = await LessonRuns.Of(notebook);
        var code = run.Cells.Where(c => c.Cell.IsCode).Select(c => c.Cell.Source);
        var outputs = run.Cells.SelectMany(c => c.Outputs).Where(o => !o.IsChart).SelectMany(o => o.Data.Values);
        var known = code.SelectMany(ProseNumbers.InCode).Concat(outputs.SelectMany(ProseNumbers.InOutput)).ToHashSet();

        var unaccounted = run.Cells
            .Where(c => c.Cell.Kind == "markdown")
            .SelectMany(c => ProseNumbers.InMarkdown(c.Cell.Source).Select(number => (c.CellNumber, number)))
            .Where(x => !ProseNumbers.IsFree(x.number) && !known.Any(value => ProseNumbers.Accounts(x.number, value)))
            .Select(x => $"cell {x.CellNumber}: {x.number}")
            .ToList();

        Assert.True(unaccounted.Count == 0,
            $"{notebook}: numbers in the text that no cell prints or uses:{Environment.NewLine}{string.Join(Environment.NewLine, unaccounted)}");
    }
}
