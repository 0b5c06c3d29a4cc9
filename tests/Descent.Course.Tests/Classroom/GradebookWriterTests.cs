using Descent.Course.Classroom.Grading;
using Descent.Course.Classroom.Reports;

namespace Descent.Course.Tests.Classroom;

public class GradebookWriterTests
{
    [Fact]
    public void The_gradebook_has_one_row_per_test_and_quotes_fields_that_need_it()
    {
        using var folder = new TempFolder();
        var result = new SubmissionResult("o'neil, pat", "01-gd", SubmissionStatus.Graded,
            [new TestOutcome("rate \"bound\"", 2.5m, 2.5m, true, null), new TestOutcome("loop", 0, 4, false, "NotImplementedException: Copy start")],
            [], TimeSpan.FromSeconds(3));

        var path = GradebookWriter.Write(folder.Path, [result]);

        Assert.Equal(
            "student,assignment,test,points,max\n\"o'neil, pat\",01-gd,\"rate \"\"bound\"\"\",2.5,2.5\n\"o'neil, pat\",01-gd,loop,0,4\n",
            File.ReadAllText(path));
        Assert.Equal("student,assignment,points,max,status\n\"o'neil, pat\",01-gd,2.5,6.5,Graded\n",
            File.ReadAllText(Path.Combine(folder.Path, GradebookWriter.TotalsFile)));
    }

    [Fact]
    public void Feedback_lists_every_test_and_why_the_failed_ones_failed()
    {
        var result = new SubmissionResult("ann", "01-gd", SubmissionStatus.TimedOut,
            [new TestOutcome("loop", 4, 4, true, null), new TestOutcome("rate | bound", 0, 3, false, "not run: the time limit of 5 s was exceeded")],
            ["Grading stopped while running your cell 12: the time limit of 5 s was exceeded (an endless loop?)"], TimeSpan.FromSeconds(5));

        var text = FeedbackWriter.Render("ann", [result]);

        Assert.Contains("## 01-gd: 4 / 7 points", text);
        Assert.Contains("| loop | 4 / 4 | passed |", text);
        Assert.Contains("| rate \\| bound | 0 / 3 | failed |", text);
        Assert.Contains("### Failed: rate | bound\n\n~~~~\nnot run: the time limit of 5 s was exceeded\n~~~~", text);
        Assert.Contains("your cell 12", text);
    }
}
