using System.CommandLine;
using Descent.Course.Classroom.Commands;
using Spectre.Console;

namespace Descent.Course.Classroom;

/// <summary>The classroom commands of the course tool: <c>assign</c>, <c>grade</c> and the hidden <c>grade-one</c>.</summary>
public static class ClassroomCommands
{
    /// <summary>The commands, writing to <paramref name="console"/>.</summary>
    public static IEnumerable<Command> Create(IAnsiConsole console) =>
    [
        AssignCommand.Create(console),
        GradeCommand.Create(console),
        GradeOneCommand.Create(),
    ];
}
