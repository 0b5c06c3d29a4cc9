using Descent.Course.Engine;

namespace Descent.Course.Tests.Book;

/// <summary>A small book with every kind of cell and output the builder handles.</summary>
internal static class SampleBook
{
    public const string InlineMath = @"\theta_{t+1} = \theta_t - \eta \nabla f(\theta_t)";

    public const string DisplayMath = @"\hat m_t = \frac{m_t}{1 - \beta_1^t}";

    public const string TrickyCode = "if (a < b && c > d) Console.WriteLine(\"<b>bold?</b>\");";

    public static CellRun Markdown(int number, string source) => new(number, new NotebookCell("markdown", source, "markdown"), CellStatus.Succeeded, null, [], TimeSpan.Zero);

    public static CellRun Code(int number, string source, params CellOutput[] outputs) => new(number, new NotebookCell("code", source), CellStatus.Succeeded, null, outputs, TimeSpan.Zero);

    public static NotebookRun Run(string name, params CellRun[] cells) => new(Notebook.FromCells(name, cells.Select(c => c.Cell)), cells, TimeSpan.Zero);

    public static CellOutput Output(string type, string mime, string text, string? stream = null) => new(type, new Dictionary<string, string> { [mime] = text }, stream);

    /// <summary>Three pages: charts and math, errors and streams, and a page with no heading and no chart.</summary>
    public static IReadOnlyList<NotebookRun> Pages() =>
    [
        Run("01-gradient-descent",
            Markdown(1, $"# Gradient descent\n\nThe **update** is ${InlineMath}$ and Adam corrects its bias:\n\n$$\n{DisplayMath}\n$$\n\n| step | loss |\n|---|---|\n| 0 | 10 |\n"),
            Code(2, "#!import setup.dib", Output("display_data", "text/html", "<div>Installed Packages<ul><li>Plotly.NET</li></ul></div>")),
            Code(3, TrickyCode, Output("stream", "text/plain", "<b>bold?</b>\n", "stdout")),
            Markdown(4, "## Loss curves\n\nTwo optimizers, one chart ([Adam](https://arxiv.org/abs/1412.6980)); see [the failures](02-failures.ipynb#when-cells-fail)."),
            Code(5, "Charts.LossCurves(\"Loss\", (\"SGD\", sgd), (\"Adam\", adam))", ChartFixtures.Output(ChartFixtures.Line)),
            Code(6, "Charts.Contour(new Rosenbrock(), \"Rosenbrock\", run)", ChartFixtures.Output(ChartFixtures.Contour)),
            Code(7, "Charts.Surface(new Rosenbrock(), \"Surface\")", ChartFixtures.Output(ChartFixtures.Surface)),
            Code(8, "1 + 1", new CellOutput("execute_result", new Dictionary<string, string> { ["text/plain"] = "2", ["text/html"] = "<div class=\"dni-plaintext\"><pre>2</pre></div>" }))),
        Run("02-failures",
            Markdown(1, "# When cells fail\n\nA failing cell is shown in red; inline math $x^2$ still renders."),
            Code(2, "throw new InvalidOperationException(\"<boom>\");",
                new CellOutput("error", new Dictionary<string, string> { ["ename"] = "System.InvalidOperationException", ["evalue"] = "<boom>" }))
                with { Status = CellStatus.Failed, Error = "System.InvalidOperationException: <boom>" },
            new CellRun(3, new NotebookCell("code", "int x = \"text\";"), CellStatus.Failed, "(1,9): error CS0029: Cannot implicitly convert type 'string' to 'int'", [], TimeSpan.Zero),
            Code(4, "Console.Error.WriteLine(\"warning\");", Output("stream", "text/plain", "warning\n", "stderr")),
            Code(5, "GenericChart.toChartHTML(points)", ChartFixtures.Output(ChartFixtures.Plain))),
        Run("03-no-heading",
            Markdown(1, "Just a paragraph, no heading."),
            Code(2, "var x = 1;")),
    ];
}
