using System.CommandLine;
using Descent.Course.Classroom.Isolation;

namespace Descent.Course.Classroom.Commands;

/// <summary>
/// <c>grade-one</c> (hidden): the child side of grading. Reads a job from standard input, runs its cells in the current
/// directory and reports each cell on standard output. Started by <c>grade</c>, never by hand.
/// </summary>
public static class GradeOneCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create()
    {
        var command = new Command(ChildProcessPlanRunner.ChildCommand, "Internal: grade one submission read from standard input.")
        {
            Hidden = true,
        };
        command.SetAction(async (_, cancellationToken) =>
        {
            var exitCode = await GradingChild.RunAsync(Console.In, Console.OpenStandardOutput(), cancellationToken);

            // A cell that was abandoned after its time limit may still be running on another thread: end the process now.
            Environment.Exit(exitCode);
            return exitCode;
        });
        return command;
    }
}
