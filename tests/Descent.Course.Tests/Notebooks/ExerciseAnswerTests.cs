using Descent.Course.Engine;
using Descent.Course.Tests.Support;

namespace Descent.Course.Tests.Notebooks;

/// <summary>
/// Every exercise of every lesson is tried with a right answer (the check says correct) and a wrong one (the check
/// fails with its message), from <c>Answers/&lt;lesson&gt;.csx</c>.
/// </summary>
[Collection(NotebookCollection.Name)]
[Trait("Category", "Slow")]
public sealed class ExerciseAnswerTests
{
    /// <summary>The lessons that have exercises.</summary>
    public static TheoryData<string> Lessons() => new(CourseFiles.Lessons().Where(name => ExerciseAnswers.Find(Notebook.Load(CourseFiles.PathOf(name)).Cells).Count > 0));

    [Theory]
    [MemberData(nameof(Lessons))]
    public void Every_exercise_has_a_right_and_a_wrong_answer(string notebook)
    {
        var (exercises, answers) = Load(notebook);
        var expected = exercises.SelectMany(e => new[] { (e.Id, "right"), (e.Id, "wrong") }).Order().ToList();
        Assert.Equal(expected, answers.Keys.Select(k => (k.Id, k.Kind)).Order().ToList());
    }

    [Theory]
    [MemberData(nameof(Lessons))]
    public async Task Right_answers_pass_every_check(string notebook)
    {
        var (exercises, answers) = Load(notebook);
        var run = await Run(notebook, exercises, answers, "right");

        var problems = run.Problems.Select(c => $"cell {c.CellNumber} {c.Status}: {c.Error}").ToList();
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
        foreach (var exercise in exercises)
            Assert.Contains($"✓ Exercise {exercise.Id}: correct.", Text(run.Cells[exercise.CheckIndex]));
    }

    [Theory]
    [MemberData(nameof(Lessons))]
    public async Task Wrong_answers_fail_their_checks(string notebook)
    {
        var (exercises, answers) = Load(notebook);
        var run = await Run(notebook, exercises, answers, "wrong");

        foreach (var exercise in exercises)
        {
            var check = run.Cells[exercise.CheckIndex];
            Assert.True(check.Status == CellStatus.Failed && check.Error?.Contains($"Exercise {exercise.Id}:") == true,
                $"exercise {exercise.Id}: the wrong answer was not caught ({check.Status}): {check.Error}{Text(check)}");
        }
    }

    private static (IReadOnlyList<ExerciseAnswers.Exercise>, IReadOnlyDictionary<(string Id, string Kind), string>) Load(string notebook)
    {
        var exercises = ExerciseAnswers.Find(Notebook.Load(CourseFiles.PathOf(notebook)).Cells);
        var file = Path.Combine(ExerciseAnswers.Folder, Path.GetFileNameWithoutExtension(notebook) + ".csx");
        Assert.True(File.Exists(file), $"{notebook} has exercises but no answers file {file}");
        return (exercises, ExerciseAnswers.Read(file));
    }

    private static Task<NotebookRun> Run(string notebook, IReadOnlyList<ExerciseAnswers.Exercise> exercises,
        IReadOnlyDictionary<(string Id, string Kind), string> answers, string kind)
    {
        var cells = ExerciseAnswers.Answered(Notebook.Load(CourseFiles.PathOf(notebook)).Cells, exercises, answers, kind);
        return NotebookRunner.RunCellsAsync($"{notebook} ({kind} answers)", cells, CourseFiles.NotebooksDirectory, new NotebookRunOptions());
    }

    private static string Text(CellRun cell) => string.Join(Environment.NewLine, cell.Outputs.SelectMany(o => o.Data.Values));
}
