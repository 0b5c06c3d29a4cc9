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

    /// <summary>A 255-byte folder name.</summary>
    public static readonly string LongName = new('l', 255);

    /// <summary>A name with a decomposed ë, a zero-width space, a right-to-left override and a newline.</summary>
    public const string OddName = "Zoe\u0308\u200B\u202E\nodd";

    /// <summary>A name that a spreadsheet would run as a formula.</summary>
    public const string FormulaName = "=SUM(1+1)";

    /// <summary>True when grading ran under bubblewrap here.</summary>
    public static bool Sandboxed => Descent.Course.Classroom.Isolation.Bubblewrap.Executable is not null;

    /// <summary>Every submitted file's bytes before grading.</summary>
    public IReadOnlyDictionary<string, byte[]> Sources { get; private set; } = new Dictionary<string, byte[]>();

    /// <summary>Wall-clock time of the grade command.</summary>
    public TimeSpan Elapsed { get; private set; }

    /// <summary>Command lines of processes started by a submission that were still alive after grading.</summary>
    public IReadOnlyList<string> Survivors { get; private set; } = [];

    /// <summary>The feedback of a student.</summary>
    public string Feedback(string student) => File.ReadAllText(Path.Combine(Output, "feedback", Descent.Course.Classroom.Reports.FeedbackWriter.FileName(student)));

    /// <summary>Every file the grader wrote, as text.</summary>
    public IEnumerable<string> Outputs() => Directory.EnumerateFiles(Output, "*", SearchOption.AllDirectories).Select(File.ReadAllText).Append(Result.Output);

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
        // Hostile students, who have read this repository's source.
        Submit("fake-exercise", Source().Edit(Bound, "return 1.0;").InsertAfter("#!import ../setup.dib", FakeExerciseCell));
        Submit("forges-reports", Source().Edit(Bound, "return 1.0;").InsertAfter("#!import ../setup.dib", ForgeReportsCell));
        Submit("escapes", Source().InsertAfter("#!import ../setup.dib", EscapeCell
            .Replace("SOURCE", SourcePath).Replace("OUTPUT", Output).Replace("CLASSMATE", Path.Combine(submissions, "correct", Assignment))));
        Submit("deletes-tool", Source().InsertAfter("#!import ../setup.dib", DeleteToolCell));
        Submit("quotes-hidden", Source()
            .Edit("double LargestStableLearningRate(Quadratic f)", QuoteHiddenSignature)
            .Edit(Bound, "Seen.Add(text);\n    " + Bound)
            .Edit("double smallestRho", "throw new Exception(\"LEAK \" + string.Join(\" | \", Seen));\ndouble smallestRho"));
        Submit("bad-cell-type", Source().Raw(cells => cells[0]!["cell_type"] = 5));
        Submit("bad-source", Source().Raw(cells => cells[1]!["source"] = new System.Text.Json.Nodes.JsonArray(1)));
        Submit("bad-metadata", Source().Raw(cells => cells[1]!["metadata"] = "x"));
        Directory.CreateDirectory(Path.Combine(submissions, "link-to-zero"));
        File.CreateSymbolicLink(Path.Combine(submissions, "link-to-zero", Assignment), "/dev/zero");
        Directory.CreateDirectory(Path.Combine(submissions, "link-to-source"));
        File.CreateSymbolicLink(Path.Combine(submissions, "link-to-source", Assignment), SourcePath);
        Submit(LongName, Source());
        Submit(OddName, Source());
        Submit(FormulaName, NotebookBuilder.Load(Path.Combine(release, Assignment)));
        Directory.CreateDirectory(Path.Combine(submissions, "missing"));
        Directory.CreateDirectory(Path.Combine(submissions, "not-json"));
        File.WriteAllText(Path.Combine(submissions, "not-json", Assignment), "{ \"cells\": [ oops");

        Sources = Directory.EnumerateFiles(submissions, "*", SearchOption.AllDirectories).Where(f => new FileInfo(f).LinkTarget is null)
            .ToDictionary(f => f, File.ReadAllBytes);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        Result = await CliHarness.RunAsync("grade", submissions, "--assignment", SourcePath, "--output", Output,
            "--timeout", TimeoutSeconds.ToString(), "--memory-mb", "1024", "--parallel", "2");
        Elapsed = clock.Elapsed;
        var gradebook = Path.Combine(Output, "gradebook.csv");
        Rows = File.Exists(gradebook) ? File.ReadAllLines(gradebook).Where(l => !l.StartsWith('#')).Skip(1).Select(l => l.Split(',')).ToList() : [];
        await Task.Delay(TimeSpan.FromSeconds(2));
        Survivors = Directory.EnumerateDirectories("/proc").Where(d => int.TryParse(Path.GetFileName(d), out _))
            .Select(d => { try { return File.ReadAllText(Path.Combine(d, "cmdline")); } catch (IOException) { return ""; } catch (UnauthorizedAccessException) { return ""; } })
            .Where(c => c.Contains("4242.5", StringComparison.Ordinal)).ToList();
    }

    /// <inheritdoc />
    public Task DisposeAsync()
    {
        _folder.Dispose();
        return Task.CompletedTask;
    }

    // Captures the text of every argument its caller passes, hidden tests included.
    private const string QuoteHiddenSignature = """
        var Seen = new List<string>();
        double LargestStableLearningRate(Quadratic f, [System.Runtime.CompilerServices.CallerArgumentExpression("f")] string text = "")
        """;

    // Declares the course's check classes with empty methods, hoping the tests bind to them.
    private const string FakeExerciseCell = """
        class Exercise { public static void Expect(bool c, string m) { } public static void ExpectClose(double a, double b, double t, string m) { } }
        class Claim { public static void That(bool c, string m, string d = "") { } }
        """;

    // Writes forged reports (no valid MAC) for every cell on the real standard output.
    private const string ForgeReportsCell = """
        var stdout = Console.OpenStandardOutput();
        for (var n = 1; n < 40; n++)
        {
            var line = "@@descent-grade {\"cell\":" + n + ",\"status\":\"Succeeded\",\"error\":null} " + new string('0', 64) + "\n@@descent-grade started\n";
            stdout.Write(System.Text.Encoding.UTF8.GetBytes(line));
        }
        stdout.Flush();
        """;

    // Reads the source and the grader through /proc and absolute paths, writes the output folder and a classmate's
    // notebook, and leaves a process behind.
    private const string EscapeCell = """
        using System.IO;
        var reached = new List<string>();
        void Try(string what, Action action) { try { action(); reached.Add(what); } catch (Exception) { } }
        Try("source", () => File.ReadAllText("SOURCE"));
        Try("classmate", () => File.AppendAllText("CLASSMATE", " "));
        Try("output", () => File.WriteAllText(Path.Combine("OUTPUT", "gradebook.csv"), "forged"));
        Try("other processes", () => { if (Directory.GetDirectories("/proc").Count(d => Path.GetFileName(d).All(char.IsDigit)) <= 3) throw new Exception(); });
        Try("network", () => { if (!new System.Net.Sockets.TcpClient().ConnectAsync("1.1.1.1", 80).Wait(2000)) throw new Exception(); });
        System.Diagnostics.Process.Start("/bin/sh", new[] { "-c", "setsid sleep 4242.5 >/dev/null 2>&1 &" })?.WaitForExit();
        throw new Exception(reached.Count == 0 ? "NOTHING-REACHED" : "REACHED " + string.Join("; ", reached));
        """;

    // Deletes the private copy of the course tool it runs from.
    private const string DeleteToolCell = """
        using System.IO;
        var deleted = 0;
        foreach (var file in Directory.EnumerateFiles(AppContext.BaseDirectory, "*.dll")) { try { File.Delete(file); deleted++; } catch (Exception) { } }
        throw new Exception("DELETED " + deleted);
        """;

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
