using Descent.Course.Tests.Support;

namespace Descent.Course.Tests.Classroom;

/// <summary>
/// One class of submissions of assignment 1, made from the source and its release with small edits — a correct one
/// and one for every way a submission can go wrong — graded once with the <c>grade</c> command (each student in
/// their own process). The tests read the gradebook and the feedback it wrote.
/// </summary>
public sealed class GradedClass : IAsyncLifetime
{
    /// <summary>The assignment's file name.</summary>
    public const string Assignment = "01-gradient-descent.ipynb";

    /// <summary>The time limit per submission.</summary>
    public const int TimeoutSeconds = 90;

    private const string Gd = "List<double[]> GradientDescent(";
    private const string Bound = "return 2.0 / f.Eigenvalues.Max();";
    private const string Best = "bestRate = candidates.MinBy(";

    private readonly TempFolder _folder = new();

    /// <summary>The source assignment.</summary>
    public string SourcePath => Assignments.PathOf(Assignment);

    /// <summary>The source's bytes before grading.</summary>
    public byte[] SourceBefore { get; private set; } = [];

    /// <summary>The grade command's result.</summary>
    public CliHarness.Result Result { get; private set; } = new(-1, "");

    /// <summary>The output folder.</summary>
    public string Output => _folder["grades"];

    /// <summary>The gradebook rows (student, assignment, test, points, max), header excluded.</summary>
    public IReadOnlyList<string[]> Rows { get; private set; } = [];

    /// <summary>The feedback of a student.</summary>
    public string Feedback(string student) => File.ReadAllText(Path.Combine(Output, "feedback", student + ".md"));

    /// <summary>A student's points per test, by test name.</summary>
    public IReadOnlyDictionary<string, (decimal Points, decimal Max)> Points(string student) =>
        Rows.Where(r => r[0] == student).ToDictionary(r => r[2], r => (decimal.Parse(r[3], System.Globalization.CultureInfo.InvariantCulture), decimal.Parse(r[4], System.Globalization.CultureInfo.InvariantCulture)));

    /// <summary>A student's total.</summary>
    public decimal Total(string student) => Points(student).Values.Sum(p => p.Points);

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        SourceBefore = File.ReadAllBytes(SourcePath);
        var submissions = _folder["submissions"];
        var release = _folder["release"];
        var assign = await CliHarness.RunAsync("assign", SourcePath, "--output", release, "--no-validate");
        Assert.True(assign.ExitCode == 0, assign.Output);

        NotebookBuilder Source() => NotebookBuilder.Load(SourcePath);
        void Submit(string student, NotebookBuilder notebook) => notebook.Save(Path.Combine(submissions, student, Assignment));

        Submit("correct", Source());
        Submit("untouched", NotebookBuilder.Load(Path.Combine(release, Assignment)));
        Submit("compile-error", Source().Edit("    return iterates;", "    return iterates"));
        Submit("throwing", Source().Edit(Bound, "throw new InvalidOperationException(\"not today\");"));
        Submit("endless-loop", Source().Edit(Best, "while (true) { }\n" + Best));
        Submit("stack-overflow", Source().Edit(Bound, "return 1 + LargestStableLearningRate(f);"));
        Submit("huge-allocation", Source().Edit(Best, "{ var hog = new List<double[]>(); while (true) hog.Add(new double[50_000_000]); }\n" + Best));
        Submit("exits", Source().Edit(Best, "Environment.Exit(0);\n" + Best));
        Submit("reads-source", Source().InsertAfter("#!import ../setup.dib", ReadSourceCell));
        Submit("writes-gradebook", Source().InsertAfter("#!import ../setup.dib", WriteGradebookCell));
        Submit("edited-tests", Source()
            .Edit(Bound, "return 1.0 / f.Eigenvalues.Max();")
            .Replace("// TEST: the stability bound", "// TEST: the stability bound (points: 100)\n// looks fine to me"));
        Submit("deleted-tests", Source().RemoveAll("// TEST:"));
        Submit("hidden-fail", Source().Edit("var x = (double[])start.Clone();", "var x = start;"));
        Directory.CreateDirectory(Path.Combine(submissions, "missing"));
        Directory.CreateDirectory(Path.Combine(submissions, "not-json"));
        File.WriteAllText(Path.Combine(submissions, "not-json", Assignment), "{ \"cells\": [ oops");

        Result = await CliHarness.RunAsync("grade", submissions, "--assignment", SourcePath, "--output", Output,
            "--timeout", TimeoutSeconds.ToString(), "--memory-mb", "1024", "--parallel", "2");
        var gradebook = Path.Combine(Output, "gradebook.csv");
        Rows = File.Exists(gradebook) ? File.ReadAllLines(gradebook).Skip(1).Select(l => l.Split(',')).ToList() : [];
    }

    /// <inheritdoc />
    public Task DisposeAsync()
    {
        _folder.Dispose();
        return Task.CompletedTask;
    }

    // Looks for the source assignment by relative paths and by walking up from every location the process knows.
    private const string ReadSourceCell = """
        using System.IO;
        var reached = new List<string>();
        var names = new[] { "01-gradient-descent.ipynb", "../01-gradient-descent.ipynb", "../assignments/01-gradient-descent.ipynb", "../../notebooks/assignments/01-gradient-descent.ipynb" };
        foreach (var name in names)
            try { if (File.ReadAllText(name).Contains("BEGIN HIDDEN TESTS")) reached.Add(name); } catch (IOException) { }
        var starts = new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory, Path.GetTempPath() }
            .Concat(Environment.GetCommandLineArgs().Select(a => Path.GetDirectoryName(Path.GetFullPath(a)) ?? "/"))
            .Concat(Environment.GetEnvironmentVariables().Values.Cast<string>().Where(v => v.StartsWith("/")));
        foreach (var start in starts)
            for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
            {
                var candidate = Path.Combine(folder.FullName, "notebooks", "assignments", "01-gradient-descent.ipynb");
                if (File.Exists(candidate) || File.Exists(Path.Combine(folder.FullName, "Course.sln"))) reached.Add(candidate);
            }
        throw new Exception(reached.Count == 0 ? "NOTHING-REACHABLE" : "REACHED " + string.Join("; ", reached.Distinct()));
        """;

    // Tries to overwrite the gradebook where the course tool writes it, relative to the working directory and to the repository.
    private const string WriteGradebookCell = """
        using System.IO;
        var written = new List<string>();
        void Forge(string path)
        {
            try
            {
                if (!File.Exists(path)) return;
                File.WriteAllText(path, "student,assignment,test,points,max\nwrites-gradebook,01-gradient-descent,forged,1000,1\n");
                written.Add(path);
            }
            catch (IOException) { }
        }
        Forge("../../artifacts/grades/gradebook.csv");
        Forge("../../../artifacts/grades/gradebook.csv");
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
            for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
                if (File.Exists(Path.Combine(folder.FullName, "Course.sln"))) Forge(Path.Combine(folder.FullName, "artifacts", "grades", "gradebook.csv"));
        throw new Exception(written.Count == 0 ? "NOTHING-WRITTEN" : "WROTE " + string.Join("; ", written));
        """;
}
