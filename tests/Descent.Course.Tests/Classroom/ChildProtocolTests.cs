using Descent.Course.Classroom.Isolation;

namespace Descent.Course.Tests.Classroom;

public class ChildProtocolTests
{
    [Fact]
    public void A_report_counts_only_with_the_cells_key_and_number()
    {
        var key = ChildProtocol.NewKey();
        var line = ChildProtocol.Format(key, new ChildCellReport(3, "Failed", "boom")).TrimEnd('\n');

        Assert.True(ChildProtocol.TryParse(line, 3, key, out var report));
        Assert.Equal(new ChildCellReport(3, "Failed", "boom"), report);
        Assert.False(ChildProtocol.TryParse(line, 3, ChildProtocol.NewKey(), out _));
        Assert.False(ChildProtocol.TryParse(line, 4, key, out _));
        Assert.False(ChildProtocol.TryParse(line.Replace("Failed", "Succeeded"), 3, key, out _));
        Assert.False(ChildProtocol.TryParse("@@descent-grade {\"cell\":3,\"status\":\"Succeeded\"} 00", 3, key, out _));
        Assert.False(ChildProtocol.TryParse("hello from a student cell", 3, key, out _));
    }

    [Fact]
    public void Input_lines_round_trip_and_garbage_is_rejected()
    {
        Assert.Throws<InvalidDataException>(() => ChildProtocol.Read<ChildHello>("nonsense"));
        Assert.Throws<InvalidDataException>(() => ChildProtocol.Read<ChildHello>(null));
        var cell = new ChildCell(2, "1 + 1", "csharp", "00ff");
        Assert.Equal(cell, ChildProtocol.Read<ChildCell>(ChildProtocol.Line(cell).TrimEnd('\n')));
    }

    [Fact]
    public async Task Overlong_lines_are_dropped_without_being_buffered()
    {
        var text = "short\n" + new string('x', ChildProtocol.MaxLineLength + 10) + "\nlast";
        var lines = new List<string>();
        await ChildProtocol.ReadLinesAsync(new StringReader(text), lines.Add);
        Assert.Equal(["short", "last"], lines);
    }
}
