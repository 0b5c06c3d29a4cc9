using System.Text;
using Descent.Course.Engine;
using static System.Net.WebUtility;

namespace Descent.Course.Book;

/// <summary>
/// Renders the pages of one book: the frame every page shares (header with search and theme toggle, sidebar of all
/// notebooks, in-page contents), a notebook's cells and outputs, and the index. Assets are referenced relatively, so
/// the book works opened from disk.
/// </summary>
internal sealed class PageRenderer(IReadOnlyList<BookPage> pages, string? repositoryUrl)
{
    /// <summary>The book's title, shown on every page.</summary>
    private const string Title = "Descent: optimization for deep learning";

    /// <summary>The attributes that mark the sidebar's link to the page shown.</summary>
    private const string Current = " class=\"current\" aria-current=\"page\"";

    private readonly Dictionary<string, string> _pageFiles = pages.ToDictionary(page => page.Name, page => page.FileName, StringComparer.Ordinal);

    // "Open in GitHub Codespaces" for a repository on GitHub; nothing otherwise.
    private readonly string _codespacesLink = repositoryUrl is { } url && url.StartsWith("https://github.com/", StringComparison.Ordinal)
        ? $"<a class=\"codespaces\" href=\"{HtmlEncode("https://codespaces.new/" + url["https://github.com/".Length..].TrimEnd('/'))}\">Open in GitHub Codespaces</a>"
        : "";

    /// <summary>The complete HTML document of page <paramref name="index"/>.</summary>
    public string Page(int index)
    {
        var page = pages[index];
        var html = new StringBuilder();
        // data-plotly: book-run.js loads plotly.js from there when a cell run in the page draws the page's first chart.
        html.Append("<main class=\"notebook\" data-notebook=\"").Append(HtmlEncode(page.Name)).Append($"\" data-plotly=\"{BookAssets.PlotlyScript}\">\n<div class=\"page-actions\">")
            .Append($"<a class=\"download\" href=\"notebooks/{HtmlEncode(Uri.EscapeDataString(page.Name))}.ipynb\" download>Download the notebook</a>")
            .Append(_codespacesLink)
            .Append("</div>\n");
        var setup = page.Run.Cells.FirstOrDefault(cell => cell.Cell.IsCode);
        foreach (var cell in page.Run.Cells)
        {
            AppendCell(html, cell, collapsed: cell == setup && IsSetup(cell.Cell.Source));
        }

        html.Append("<nav class=\"page-nav\">")
            .Append(index > 0 ? $"<a class=\"prev\" rel=\"prev\" href=\"{pages[index - 1].FileName}\">← {HtmlEncode(pages[index - 1].Title)}</a>" : "<span class=\"prev\"></span>")
            .Append(index + 1 < pages.Count ? $"<a class=\"next\" rel=\"next\" href=\"{pages[index + 1].FileName}\">{HtmlEncode(pages[index + 1].Title)} →</a>" : "<span class=\"next\"></span>")
            .Append("</nav>\n</main>\n");
        var contents = page.Headings.Where(h => h.Level is 2 or 3 && h.Id.Length > 0).ToList();
        if (contents.Count > 0)
        {
            html.Append("<nav class=\"toc\" aria-label=\"On this page\"><p>On this page</p><ul>\n")
                .AppendJoin("", contents.Select(heading => $"<li class=\"level-{heading.Level}\"><a href=\"#{HtmlEncode(heading.Id)}\">{HtmlEncode(heading.TextWithMath)}</a></li>\n"))
                .Append("</ul></nav>\n");
        }

        return Document($"{page.Title} · {Title}", page, html.ToString());
    }

    /// <summary>The complete HTML document of index.html: the contents of the course and a search box.</summary>
    public string Index()
    {
        var html = new StringBuilder($"<main class=\"contents\">\n<h1>{HtmlEncode(Title)}</h1>\n")
            .Append("<table class=\"toc\">\n<thead><tr><th>Notebook</th><th>Title</th><th>Charts</th><th>Status</th></tr></thead>\n<tbody>\n");
        foreach (var page in pages)
        {
            var failing = page.Run.Cells.Count(cell => cell.Failed);
            var status = page.IsAssignment ? "<td>assignment</td>"
                : failing == 0 ? "<td class=\"ok\">ok</td>"
                : $"<td class=\"failed\">{failing} failing cell{(failing == 1 ? "" : "s")}</td>";
            html.Append($"<tr><td><a href=\"{page.FileName}\">{HtmlEncode(page.Name)}</a></td><td>{HtmlEncode(page.Title)}</td>")
                .Append($"<td class=\"charts\">{page.Run.ChartCount}</td>{status}</tr>\n");
        }

        html.Append("</tbody>\n</table>\n</main>\n");
        return Document(Title, null, html.ToString());
    }

    private string Document(string title, BookPage? current, string content)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(HtmlEncode(title)).Append("</title>\n<link rel=\"icon\" href=\"data:,\">\n");
        foreach (var css in BookAssets.StyleSheets)
        {
            var theme = css.Contains("github-dark") ? " data-theme=\"dark\"" : css.Contains("github.min") ? " data-theme=\"light\"" : "";
            html.Append($"<link rel=\"stylesheet\" href=\"{css}\"{theme}>\n");
        }

        // The theme is set before the first paint, so that a dark page never flashes light.
        html.Append("<script>(function () { var theme = localStorage.getItem(\"descent-theme\") || (matchMedia(\"(prefers-color-scheme: dark)\").matches ? \"dark\" : \"light\");")
            .Append(" document.documentElement.dataset.theme = theme; document.querySelectorAll(\"link[data-theme]\").forEach(function (link) { link.disabled = link.dataset.theme !== theme; }); })();</script>\n");
        var runnable = current?.Run.Cells.Any(cell => cell.Cell.IsCode) == true;
        if (runnable)
        {
            html.Append($"<link rel=\"stylesheet\" href=\"{BookAssets.EditorStyleSheet}\">\n");
        }

        html.Append($"<script src=\"{BookAssets.CheckScript}\"></script>\n");
        if (current?.Run.ChartCount > 0)
        {
            html.Append($"<script src=\"{BookAssets.PlotlyScript}\"></script>\n");
        }

        html.Append("</head>\n<body>\n<header class=\"book-header\">")
            .Append("<button class=\"sidebar-toggle\" type=\"button\" aria-label=\"Show the lessons\">☰</button>")
            .Append($"<a class=\"book-title\" href=\"index.html\">{HtmlEncode(Title)}</a>")
            .Append("<div class=\"search\"><input id=\"book-search\" type=\"search\" placeholder=\"Search the course\" aria-label=\"Search the course\" autocomplete=\"off\">")
            .Append("<ol id=\"search-results\" hidden></ol></div>")
            .Append("<button id=\"theme-toggle\" type=\"button\" aria-label=\"Switch between light and dark\">◐</button></header>\n")
            .Append("<div class=\"book-body\">\n<nav class=\"sidebar\" aria-label=\"Lessons\">\n");
        foreach (var group in pages.GroupBy(page => page.IsAssignment))
        {
            html.Append($"<p class=\"sidebar-section\">{(group.Key ? "Assignments" : "Lessons")}</p>\n<ul>\n")
                .AppendJoin("", group.Select(page => $"<li><a href=\"{page.FileName}\"{(page == current ? Current : "")}>{HtmlEncode(page.Title)}</a></li>\n"))
                .Append("</ul>\n");
        }

        return html.Append("</nav>\n").Append(content).Append("</div>\n")
            .AppendJoin("", BookAssets.Scripts.Concat(runnable ? BookAssets.RunScripts : []).Select(script => $"<script src=\"{script}\"></script>\n"))
            .Append("</body>\n</html>\n")
            .ToString();
    }

    // The setup cell holds only magic commands; its output is the list of installed packages.
    private static bool IsSetup(string source) =>
        source.Split('\n').Select(line => line.Trim()).Where(line => line.Length > 0).All(line => line.StartsWith("#!") || line.StartsWith("#r "));

    private void AppendCell(StringBuilder html, CellRun cell, bool collapsed)
    {
        switch (cell.Cell.Kind)
        {
            case "markdown":
                html.Append($"<section class=\"cell markdown\" id=\"cell-{cell.CellNumber}\">\n").Append(MarkdownRenderer.ToHtml(cell.Cell.Source, _pageFiles)).Append("</section>\n");
                return;
            case not "code":
                html.Append($"<section class=\"cell raw\" id=\"cell-{cell.CellNumber}\"><pre>{HtmlEncode(cell.Cell.Source)}</pre></section>\n");
                return;
        }

        html.Append($"<section class=\"cell code{(cell.Failed ? " failed" : "")}\" id=\"cell-{cell.CellNumber}\">\n<div class=\"cell-label\">[{cell.CellNumber}]</div>\n")
            .Append($"<pre class=\"source\"><code class=\"language-{HtmlEncode(HighlightLanguage(cell.Cell.Language))}\">{HtmlEncode(cell.Cell.Source)}</code></pre>\n");
        if (cell.Outputs.Count > 0 || cell.Failed)
        {
            var error = cell.Failed && cell.Outputs.All(o => o.OutputType != "error") ? $"<pre class=\"output error\">{HtmlEncode(cell.Error ?? "The cell failed.")}</pre>\n" : "";
            html.Append(collapsed ? "<details class=\"outputs\"><summary>Installed packages</summary>\n" : "<div class=\"outputs\">\n")
                .AppendJoin("", cell.Outputs.Select(OutputHtml))
                .Append(error)
                .Append(collapsed ? "</details>\n" : "</div>\n");
        }

        html.Append("</section>\n");
    }

    private static string OutputHtml(CellOutput output)
    {
        var data = output.Data;
        var errorValue = data.GetValueOrDefault("evalue") ?? data.GetValueOrDefault("text/plain");
        return output.OutputType switch
        {
            "error" => $"<pre class=\"output error\">{HtmlEncode(data.GetValueOrDefault("ename") is { Length: > 0 } name ? $"{name}: {errorValue}" : errorValue)}</pre>\n",
            "stream" => $"<pre class=\"output stream {(output.StreamName == "stderr" ? "stderr" : "stdout")}\">{HtmlEncode(data.GetValueOrDefault("text/plain"))}</pre>\n",

            // "<\/" is "</" in JSON too, and cannot end the script element early.
            _ when data.TryGetValue(Notebook.PlotlyMimeType, out var figure) =>
                $"<div class=\"book-chart\"><div class=\"plot\"></div><script type=\"application/json\">{figure.Replace("</", "<\\/", StringComparison.Ordinal)}</script></div>\n",
            _ when data.TryGetValue("text/html", out var markup) => markup.Contains(CellOutput.ChartMarker, StringComparison.Ordinal)
                ? "<div class=\"book-chart unconverted\"><p class=\"output error\">This chart has no figure JSON, so it cannot be drawn offline.</p></div>\n"
                : $"<div class=\"output html\">{markup}</div>\n",
            _ when data.TryGetValue("image/png", out var png) => $"<div class=\"output image\"><img alt=\"\" src=\"data:image/png;base64,{HtmlEncode(png.Trim())}\"></div>\n",
            _ when data.TryGetValue("image/svg+xml", out var svg) => $"<div class=\"output image\">{svg}</div>\n",
            _ when data.TryGetValue("text/markdown", out var markdown) => $"<div class=\"output markdown\">{MarkdownRenderer.ToHtml(markdown)}</div>\n",
            _ when data.TryGetValue("text/plain", out var text) => $"<pre class=\"output text\">{HtmlEncode(text)}</pre>\n",
            _ => "",
        };
    }

    private static string HighlightLanguage(string language) => language.ToLowerInvariant() switch
    {
        "c#" or "csharp" => "csharp",
        "f#" or "fsharp" => "fsharp",
        "pwsh" or "powershell" => "powershell",
        "javascript" or "js" => "javascript",
        "" => "plaintext",
        var other => other,
    };
}
