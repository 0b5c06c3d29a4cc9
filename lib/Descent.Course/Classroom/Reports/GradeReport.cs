using Descent.Course.Classroom.Grading;
using Spectre.Console;

namespace Descent.Course.Classroom.Reports;

/// <summary>The summary a teacher sees after grading: one row per student and assignment, and the totals.</summary>
public static class GradeReport
{
    /// <summary>Writes the table, the warnings and where the files are.</summary>
    public static void Write(IAnsiConsole console, ClassGrades grades, string gradebookPath, string feedbackFolder)
    {
        var table = new Table().Border(TableBorder.Rounded)
            .AddColumn("Student").AddColumn("Assignment").AddColumn(new TableColumn("Points").RightAligned())
            .AddColumn("Status").AddColumn(new TableColumn("Seconds").RightAligned());
        foreach (var result in grades.Results)
        {
            var color = result.Points == result.Max ? "green" : result.Points > 0 ? "yellow" : "red";
            table.AddRow(
                Markup.Escape(result.Student),
                Markup.Escape(result.Assignment),
                $"[{color}]{Csv.Number(result.Points)} / {Csv.Number(result.Max)}[/]",
                StatusText(result.Status),
                result.Elapsed.TotalSeconds.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture));
        }

        console.Write(table);
        var students = grades.Results.Select(r => r.Student).Distinct().Count();
        var full = grades.Results.Count(r => r.Points == r.Max);
        console.MarkupLine($"Graded {grades.Results.Count} submissions of {students} students in {grades.Elapsed.TotalSeconds:0.0} s; {full} with full marks.");
        foreach (var warning in grades.Warnings)
        {
            console.MarkupLine($"[yellow]warning:[/] {Markup.Escape(warning)}");
        }

        console.MarkupLine($"Gradebook: {Markup.Escape(gradebookPath)}");
        console.MarkupLine($"Feedback: {Markup.Escape(feedbackFolder)}");
    }

    private static string StatusText(SubmissionStatus status) => status switch
    {
        SubmissionStatus.Graded => "graded",
        SubmissionStatus.Missing => "[grey]missing[/]",
        SubmissionStatus.NotANotebook => "[red]not a notebook[/]",
        SubmissionStatus.TimedOut => "[red]time limit[/]",
        SubmissionStatus.MemoryExceeded => "[red]memory limit[/]",
        SubmissionStatus.Crashed => "[red]crashed[/]",
        SubmissionStatus.ExitedEarly => "[red]exited early[/]",
        _ => status.ToString(),
    };
}
