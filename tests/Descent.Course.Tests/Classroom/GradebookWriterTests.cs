using Descent.Course.Classroom.Grading;
using Descent.Course.Classroom.Reports;

namespace Descent.Course.Tests.Classroom;

public class GradebookWriterTests
{
    [Fact]
    public void The_gradebook_has_one_row_per_test_quotes_fields_that_need_it_and_escapes_formulas()
    {
        using var folder = new TempFolder();
        var result = new SubmissionResult("o'neil, pat", "01-gd", SubmissionStatus.Graded,
            [new TestOutcome("rate \"bound\"", 2.5m, 2.5m, true, null), new TestOutcome("=SUM(1+1)", 0, 4, false, "NotImplementedException: Copy start")],
            [], TimeSpan.FromSeconds(3)) { Folder = "o'neil, pat\u200B", Flags = ["cell 2: files (File)"] };

        var path = GradebookWriter.Write(folder.Path, [result], "weak mode");

        Assert.Equal(
            "# grading: weak mode\nstudent,assignment,test,points,max\n\"o'neil, pat\",01-gd,\"rate \"\"bound\"\"\",2.5,2.5\n\"o'neil, pat\",01-gd,'=SUM(1+1),0,4\n",
            File.ReadAllText(path));
        Assert.Equal("# grading: weak mode\nstudent,assignment,points,max,status,folder,flags\n\"o'neil, pat\",01-gd,2.5,6.5,Graded,\"o'neil, pat\u200B\",cell 2: files (File)\n",
            File.ReadAllText(Path.Combine(folder.Path, GradebookWriter.TotalsFile)));
        Assert.Empty(Directory.EnumerateFiles(folder.Path, "*.tmp"));
    }

    [Theory]
    [InlineData("alice", "alice")]
    [InlineData("Zoe\u0308\u200B", "Zoë")]
    [InlineData("bob\u202E\n  smith\t", "bob smith")]
    [InlineData("\u200B\u200D", "(no name)")]
    public void Student_names_are_normalised(string folder, string name) => Assert.Equal(name, SubmissionFinder.NormalizeName(folder));

    [Fact]
    public void Feedback_file_names_are_safe_short_and_distinct()
    {
        Assert.Equal("alice.md", FeedbackWriter.FileName("alice"));
        var longName = FeedbackWriter.FileName(new string('a', 255));
        Assert.True(longName.Length < 80);
        Assert.NotEqual(FeedbackWriter.FileName("a/b"), FeedbackWriter.FileName("a_b"));
        Assert.Matches("^_x-[0-9a-f]{8}\\.md$", FeedbackWriter.FileName("../x"));   // no way up, and a hash because the name changed
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
        Assert.Contains("### Failed: rate \\| bound\n\n~~~~\nnot run: the time limit of 5 s was exceeded\n~~~~", text);
        Assert.Contains("your cell 12", text);
    }
}
