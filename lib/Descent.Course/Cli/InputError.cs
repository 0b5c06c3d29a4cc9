namespace Descent.Course.Cli;

/// <summary>A problem with the command's input (a path or a notebook file), reported in one line.</summary>
public sealed class InputError(string message) : Exception(message);
