using Descent.Course.Classroom.Grading;
using Descent.Course.Tests.Support;

namespace Descent.Course.Tests.Classroom;

/// <summary>
/// A small class graded four ways: in one run, in two shards joined by <c>grade merge</c>, after an interrupted run
/// (its results file cut short, with a torn last line, as a kill leaves it) resumed, and without the sandbox.
/// </summary>
[Trait("Category", "Slow")]
public sealed class ShardedGradingTests(ShardedGradingTests.SmallClass graded) : IClassFixture<ShardedGradingTests.SmallClass>
{
    [Fact]
    public async Task Two_shards_merged_write_the_gradebook_and_feedback_of_one_run()
    {
        using var folder = new TempFolder();
        var merge = await CliHarness.RunAsync("grade", "merge", graded.Shard1, graded.Shard2, "--output", folder.Path);

        Assert.True(merge.ExitCode == 0, merge.Output);
        foreach (var file in new[] { "gradebook.csv", "totals.csv" })
            Assert.Equal(File.ReadAllText(Path.Combine(graded.All, file)), File.ReadAllText(Path.Combine(folder.Path, file)));
        Assert.Equal(Feedback(graded.All), Feedback(folder.Path));
        Assert.Equal(["ana", "cleo", "emil"], Students(graded.Shard1));
        Assert.Equal(["ben", "dora"], Students(graded.Shard2));
        Assert.EndsWith("; shard 1/2 of the class", File.ReadLines(Path.Combine(graded.Shard1, "totals.csv")).First());
    }

    [Fact]
    public async Task Merge_refuses_a_missing_a_repeated_and_an_unfinished_shard()
    {
        var missing = await CliHarness.RunAsync("grade", "merge", graded.Shard1);
        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("shard 2/2 missing", missing.Output);

        var repeated = await CliHarness.RunAsync("grade", "merge", graded.Shard1, graded.Shard1, graded.Shard2);
        Assert.Equal(2, repeated.ExitCode);
        Assert.Contains("shard 1/2 is given twice", repeated.Output);

        using var unfinished = new TempFolder();
        var lines = File.ReadAllLines(Path.Combine(graded.Shard2, ResultsFile.FileName));
        File.WriteAllLines(unfinished[ResultsFile.FileName], lines[..^1]);
        var result = await CliHarness.RunAsync("grade", "merge", graded.Shard1, unfinished.Path);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("its grading did not finish", result.Output);
    }

    [Fact]
    public async Task An_interrupted_run_resumes_keeping_what_it_had_graded()
    {
        using var folder = new TempFolder();
        var lines = File.ReadAllLines(Path.Combine(graded.All, ResultsFile.FileName));
        var ran = lines.Where(line => line.StartsWith("{\"Key\":\"", StringComparison.Ordinal)).ToList();   // not the missing or broken notebooks
        File.WriteAllLines(folder[ResultsFile.FileName], [lines[0], ran[0], ran[1][..40]]);

        var resumed = await graded.GradeAsync(folder.Path);

        Assert.True(resumed.ExitCode == 0, resumed.Output);
        Assert.Contains("resumed an interrupted run: 1 submission kept the results it had recorded", resumed.Output);
        Assert.Contains(ran[0], File.ReadAllLines(folder[ResultsFile.FileName]));   // kept as it was, elapsed time included
        foreach (var file in new[] { "gradebook.csv", "totals.csv" })
            Assert.Equal(File.ReadAllText(Path.Combine(graded.All, file)), File.ReadAllText(folder[file]));
    }

    [Fact]
    public async Task Without_the_sandbox_grading_says_so_in_the_console_and_the_gradebook_and_grades_alike()
    {
        using var folder = new TempFolder();
        var tool = typeof(Descent.Course.Cli.CourseCli).Assembly.Location;
        var result = await DotnetCommand.RunAsync(folder.Path, TimeSpan.FromMinutes(5), new Dictionary<string, string> { ["DESCENT_NO_SANDBOX"] = "1" },
            [tool, .. graded.GradeArguments(folder["grades"])]);

        Assert.True(result.ExitCode == 0, result.Output);
        Assert.Contains("WEAK MODE, NOT SANDBOXED (DESCENT_NO_SANDBOX=1", result.Output);
        foreach (var file in new[] { "gradebook.csv", "totals.csv" })
        {
            var weak = File.ReadAllLines(Path.Combine(folder["grades"], file));
            Assert.StartsWith("# grading: WEAK MODE, NOT SANDBOXED", weak[0]);
            Assert.Equal(File.ReadAllLines(Path.Combine(graded.All, file))[1..], weak[1..]);
        }
    }

    [Theory]
    [InlineData("3/2")]
    [InlineData("0/2")]
    [InlineData("half")]
    public async Task A_bad_shard_is_a_usage_error_naming_it(string shard)
    {
        using var folder = new TempFolder();
        var result = await CliHarness.RunAsync("grade", folder.Path, "--assignment", Assignments.Folder, "--shard", shard);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"--shard {shard}: expected K/N with 1 ≤ K ≤ N", result.Output);
    }

    private static string[] Students(string output) =>
        [.. File.ReadLines(Path.Combine(output, "totals.csv")).Skip(2).Select(line => line.Split(',')[0])];

    private static Dictionary<string, string> Feedback(string output) =>
        Directory.GetFiles(Path.Combine(output, "feedback")).ToDictionary(file => Path.GetFileName(file), File.ReadAllText);

    /// <summary>
    /// Five students of assignment 1 (two correct, one who handed in the release, one who handed in nothing and one whose
    /// notebook is not JSON), graded whole and in two shards.
    /// </summary>
    public sealed class SmallClass : IAsyncLifetime
    {
        private const string Assignment = "01-gradient-descent.ipynb";
        private readonly TempFolder _folder = new();

        public string All => _folder["all"];

        public string Shard1 => _folder["shard1"];

        public string Shard2 => _folder["shard2"];

        private string Submissions => _folder["submissions"];

        public string[] GradeArguments(string output, params string[] more) =>
            ["grade", Submissions, "--assignment", Assignments.PathOf(Assignment), "--output", output, "--parallel", "2", .. more];

        public Task<CliHarness.Result> GradeAsync(string output, params string[] more) => CliHarness.RunAsync(GradeArguments(output, more));

        public async Task InitializeAsync()
        {
            var assign = await CliHarness.RunAsync("assign", Assignments.PathOf(Assignment), "--output", _folder["release"], "--no-validate");
            Assert.True(assign.ExitCode == 0, assign.Output);
            NotebookBuilder.Load(Assignments.PathOf(Assignment)).Save(Path.Combine(Submissions, "ana", Assignment));
            NotebookBuilder.Load(Path.Combine(_folder["release"], Assignment)).Save(Path.Combine(Submissions, "ben", Assignment));
            NotebookBuilder.Load(Assignments.PathOf(Assignment)).Save(Path.Combine(Submissions, "cleo", Assignment));
            Directory.CreateDirectory(Path.Combine(Submissions, "dora"));
            Directory.CreateDirectory(Path.Combine(Submissions, "emil"));
            File.WriteAllText(Path.Combine(Submissions, "emil", Assignment), "{ \"cells\": [ oops");
            foreach (var (output, shard) in new[] { (All, (string?)null), (Shard1, "1/2"), (Shard2, "2/2") })
            {
                var result = shard is null ? await GradeAsync(output) : await GradeAsync(output, "--shard", shard);
                Assert.True(result.ExitCode == 0, result.Output);
            }
        }

        public Task DisposeAsync()
        {
            _folder.Dispose();
            return Task.CompletedTask;
        }
    }
}
