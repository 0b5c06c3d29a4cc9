using Descent.Course.Book;

namespace Descent.Course.Tests.Book;

/// <summary>A small book with every kind of cell and output the builder handles.</summary>
internal static class SampleBook
{
    public const string InlineMath = @"\theta_{t+1} = \theta_t - \eta \nabla f(\theta_t)";

    public const string DisplayMath = @"\hat m_t = \frac{m_t}{1 - \beta_1^t}";

    public const string TrickyCode = "if (a < b && c > d) Console.WriteLine(\"<b>bold?</b>\");";

    /// <summary>Three pages: charts and math, errors and streams, and a page with no heading and no chart.</summary>
    public static IReadOnlyList<BookPage> Pages() =>
    [
        new BookPage("01-gradient-descent",
        [
            BookCell.Markdown(1, $"# Gradient descent\n\nThe **update** is ${InlineMath}$ and Adam corrects its bias:\n\n$$\n{DisplayMath}\n$$\n\n| step | loss |\n|---|---|\n| 0 | 10 |\n"),
            BookCell.Code(2, "#!import setup.dib"),
            BookCell.Code(3, TrickyCode,
                new BookOutput("stream", new Dictionary<string, string> { ["text/plain"] = "<b>bold?</b>\n" }, "stdout")),
            BookCell.Markdown(4, "## Loss curves\n\nTwo optimizers, one chart ([Adam](https://arxiv.org/abs/1412.6980)); see [the failures](02-failures.ipynb#when-cells-fail)."),
            BookCell.Code(5, "Charts.LossCurves(\"Loss\", (\"SGD\", sgd), (\"Adam\", adam))", ChartFixtures.Output(ChartFixtures.Line)),
            BookCell.Code(6, "Charts.Contour(new Rosenbrock(), \"Rosenbrock\", run)", ChartFixtures.Output(ChartFixtures.Contour)),
            BookCell.Code(7, "Charts.Surface(new Rosenbrock(), \"Surface\")", ChartFixtures.Output(ChartFixtures.Surface)),
            BookCell.Code(8, "1 + 1",
                new BookOutput("execute_result", new Dictionary<string, string> { ["text/plain"] = "2", ["text/html"] = "<div class=\"dni-plaintext\"><pre>2</pre></div>" })),
        ]),
        new BookPage("02-failures",
        [
            BookCell.Markdown(1, "# When cells fail\n\nA failing cell is shown in red; inline math $x^2$ still renders."),
            BookCell.Code(2, "throw new InvalidOperationException(\"<boom>\");",
                new BookOutput("error", new Dictionary<string, string> { ["ename"] = "System.InvalidOperationException", ["evalue"] = "<boom>" }))
                with { Failed = true, Error = "System.InvalidOperationException: <boom>" },
            new BookCell(3, "code", "int x = \"text\";", "csharp", [], Failed: true, Error: "(1,9): error CS0029: Cannot implicitly convert type 'string' to 'int'"),
            BookCell.Code(4, "Console.Error.WriteLine(\"warning\");",
                new BookOutput("stream", new Dictionary<string, string> { ["text/plain"] = "warning\n" }, "stderr")),
            BookCell.Code(5, "GenericChart.toChartHTML(points)", ChartFixtures.Output(ChartFixtures.Plain)),
        ]),
        new BookPage("03-no-heading",
        [
            BookCell.Markdown(1, "Just a paragraph, no heading."),
            BookCell.Code(2, "var x = 1;"),
        ]),
    ];
}
