using Descent.Course.Classroom.Isolation;

namespace Descent.Course.Tests.Classroom;

public class ChildProtocolTests
{
    [Fact]
    public void Only_lines_with_the_prefix_and_the_job_token_are_reports()
    {
        var line = ChildProtocol.Format("secret", new ChildReport(ChildReport.CellFinished, 3, "Failed", "boom")).TrimEnd('\n');

        Assert.True(ChildProtocol.TryParse(line, "secret", out var report));
        Assert.Equal(new ChildReport("cell", 3, "Failed", "boom"), report);
        Assert.False(ChildProtocol.TryParse(line, "guess", out _));
        Assert.False(ChildProtocol.TryParse("@@descent-grade secret {not json", "secret", out _));
        Assert.False(ChildProtocol.TryParse("@@descent-grade secret {\"kind\":\"forged\"}", "secret", out _));
        Assert.False(ChildProtocol.TryParse("hello from a student cell", "secret", out _));
    }

    [Fact]
    public void A_job_without_a_token_is_rejected()
    {
        Assert.Throws<InvalidDataException>(() => ChildProtocol.DeserializeJob("{\"cells\": []}"));
        Assert.Throws<InvalidDataException>(() => ChildProtocol.DeserializeJob("nonsense"));
        var job = new ChildJob("t", "n", 5, [new ChildJobCell("1 + 1", "csharp")]);
        Assert.Equal("1 + 1", ChildProtocol.DeserializeJob(ChildProtocol.Serialize(job)).Cells[0].Source);
    }

    [Fact]
    public async Task Overlong_lines_are_dropped_without_being_buffered()
    {
        var text = "short\n" + new string('x', BoundedLineReader.MaxLineLength + 10) + "\nlast";
        var lines = new List<string>();
        await BoundedLineReader.ReadAsync(new StringReader(text), lines.Add);
        Assert.Equal(["short", "last"], lines);
    }
}
