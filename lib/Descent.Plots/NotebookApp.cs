using System.Collections;
using System.Globalization;
using Microsoft.FSharp.Core;
using Plotly.NET;

namespace Descent.Plots;

/// <summary>
/// What a notebook host gives a lesson, for a lesson exported as a C# file-based app (<c>dotnet run lesson.cs</c>):
/// <c>display(...)</c> prints text and writes each chart to <c>&lt;lesson&gt;-charts/NN.html</c> (plotly.js embedded,
/// so it opens offline); <c>ShowTable</c> prints a text table; a failed claim or exercise ends the app with exit code 1.
/// </summary>
public static class NotebookApp
{
    private static string chartFolder = Path.Combine(Directory.GetCurrentDirectory(), "charts");
    private static int chartCount;

    /// <summary>The number of charts written so far.</summary>
    public static int ChartCount => chartCount;

    /// <summary>
    /// Starts a lesson: its charts go to <c>&lt;lesson&gt;-charts/</c> beside the app's source file (the working
    /// directory when the host does not say where that is), and an exception no cell caught (a failed claim or
    /// exercise check) prints its message and exits with code 1.
    /// </summary>
    public static void Start(string lesson)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(lesson);
        var folder = AppContext.GetData("EntryPointFileDirectoryPath") as string ?? Directory.GetCurrentDirectory();
        chartFolder = Path.Combine(folder, lesson + "-charts");
        chartCount = 0;
        Defaults.DefaultDisplayOptions = DisplayOptions.init(null, null, null, null, null, null, FSharpOption<PlotlyJSReference>.Some(PlotlyJSReference.Full));
        AppDomain.CurrentDomain.UnhandledException += (_, e) =>
        {
            Console.Out.Flush();
            Console.Error.WriteLine($"✗ {(e.ExceptionObject as Exception)?.Message ?? e.ExceptionObject.ToString()}");
            Environment.Exit(1);
        };
    }

    /// <summary>Shows a value as a notebook would: a chart as an HTML file (its path printed), anything else as text.</summary>
    public static void Display(object? value)
    {
        switch (value)
        {
            case GenericChart chart:
                Directory.CreateDirectory(chartFolder);
                var path = Path.Combine(chartFolder, $"{++chartCount:00}.html");
                File.WriteAllText(path, GenericChart.toEmbeddedHTML(chart));
                Console.WriteLine($"chart {chartCount}: {path}");
                break;
            case null:
                Console.WriteLine("<null>");
                break;
            case string text:
                Console.WriteLine(text);
                break;
            case IEnumerable items:
                foreach (var item in items) Console.WriteLine(Text(item));
                break;
            default:
                Console.WriteLine(Text(value));
                break;
        }
    }

    /// <summary>
    /// Prints rows as a text table: one column per public property (or field, for tuples), headed by
    /// <paramref name="headers"/> or the member names with '_' as spaces; numbers to 6 significant digits.
    /// </summary>
    public static void ShowTable<T>(IEnumerable<T> rows, params string[] headers)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var properties = typeof(T).GetProperties();
        var columns = properties.Length > 0
            ? properties.Select(p => (p.Name, Value: (Func<object?, object?>)p.GetValue)).ToArray()
            : typeof(T).GetFields().Select(f => (f.Name, Value: (Func<object?, object?>)f.GetValue)).ToArray();
        if (headers.Length == 0) headers = columns.Select(c => c.Name.Replace('_', ' ')).ToArray();
        if (headers.Length != columns.Length)
            throw new ArgumentOutOfRangeException(nameof(headers), headers.Length, $"ShowTable: {columns.Length} columns ({string.Join(", ", columns.Select(c => c.Name))}) but {headers.Length} headers.");

        var table = new List<string[]> { headers };
        table.AddRange(rows.Select(row => columns.Select(column => Text(column.Value(row))).ToArray()));
        var widths = Enumerable.Range(0, headers.Length).Select(i => table.Max(line => line[i].Length)).ToArray();
        foreach (var line in table)
            Console.WriteLine(string.Join("  ", line.Select((cell, i) => cell.PadRight(widths[i]))).TrimEnd());
    }

    private static string Text(object? value) => value switch
    {
        double d => d.ToString("G6", CultureInfo.InvariantCulture),
        float f => f.ToString("G6", CultureInfo.InvariantCulture),
        null => "",
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };
}
