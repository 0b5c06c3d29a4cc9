using Descent.Course.Classroom.Grading;
using Spectre.Console;

namespace Descent.Course.Classroom.Reports;

/// <summary>What a teacher gets after grading: the gradebook, the feedback and a summary in the console.</summary>
public static class GradeReport
{
    /// <summary>Writes the gradebook (headed by <paramref name="mode"/>) and the feedback into <paramref name="folder"/>, then
    /// the summary: one row per student and assignment, the totals, the warnings and where the files are, between two
    /// lines that say how the class was isolated.</summary>
    public static void Write(IAnsiConsole console, string folder, ClassGrades grades, string mode)
    {
        var gradebook = GradebookWriter.Write(folder, grades.Results, mode);
        var feedback = FeedbackWriter.Write(folder, grades.Results);
        WriteMode(console, grades);
        var table = new Table().Border(TableBorder.Rounded)
            .AddColumn("Student").AddColumn("Assignment").AddColumn(new TableColumn("Points").RightAligned())
            .AddColumn("Status").AddColumn(new TableColumn("Seconds").RightAligned());
        foreach (var result in grades.Results)
        {
            var color = result.Points == result.Max ? "green" : result.Points > 0 ? "yellow" : "red";
            table.AddRow(Markup.Escape(result.Student), Markup.Escape(result.Assignment), $"[{color}]{Csv.Number(result.Points)} / {Csv.Number(result.Max)}[/]",
                StatusText(result.Status), result.Elapsed.TotalSeconds.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture));
        }

        console.Write(table);
        var students = grades.Results.Select(r => r.Student).Distinct().Count();
        var graded = grades.Results.Where(r => r.Status is not (SubmissionStatus.Missing or SubmissionStatus.NotANotebook
            or SubmissionStatus.Refused or SubmissionStatus.GraderError)).ToList();
        var full = graded.Count(r => r.Points == r.Max);
        var notRun = string.Join(", ", grades.Results.Except(graded).GroupBy(r => r.Status).OrderBy(g => g.Key)
            .Select(g => $"{g.Count()} {Markup.Remove(StatusText(g.Key))}"));
        console.MarkupLine($"Graded {graded.Count} submissions of {students} students in {grades.Elapsed.TotalSeconds:0.0} s; {full} with full marks" +
                           (notRun.Length > 0 ? $"; not run: {Markup.Escape(notRun)}." : "."));
        var flagged = graded.Count(r => r.Flags.Count > 0);
        if (flagged > 0)
        {
            console.MarkupLine($"[yellow]{flagged} submissions flagged for review[/] (column flags of totals.csv).");
        }

        foreach (var warning in grades.Warnings)
        {
            console.MarkupLine($"[yellow]warning:[/] {Markup.Escape(warning)}");
        }

        console.MarkupLine($"Gradebook: {Markup.Escape(gradebook)}");
        console.MarkupLine($"Feedback: {Markup.Escape(feedback)}");
        WriteMode(console, grades);
    }

    private static void WriteMode(IAnsiConsole console, ClassGrades grades) =>
        console.MarkupLine(grades.Sandboxed ? $"[green]{Markup.Escape(grades.Mode)}[/]" : $"[bold red]{Markup.Escape(grades.Mode)}[/]");

    private static string StatusText(SubmissionStatus status) => status switch
    {
        SubmissionStatus.Graded => "graded",
        SubmissionStatus.Missing => "[grey]missing[/]",
        SubmissionStatus.NotANotebook => "[red]not a notebook[/]",
        SubmissionStatus.TimedOut => "[red]time limit[/]",
        SubmissionStatus.MemoryExceeded => "[red]memory limit[/]",
        SubmissionStatus.Crashed => "[red]crashed[/]",
        SubmissionStatus.ExitedEarly => "[red]exited early[/]",
        SubmissionStatus.Refused => "[red]refused[/]",
        SubmissionStatus.GraderError => "[red]grader error[/]",
        _ => status.ToString(),
    };
}
