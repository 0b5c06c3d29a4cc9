namespace Descent.Course;

/// <summary>The course tool's process exit codes.</summary>
public static class ExitCodes
{
    /// <summary>Every notebook ran and every cell succeeded.</summary>
    public const int Success = 0;

    /// <summary>At least one cell failed, timed out or could not be exported (the other cells and notebooks still ran).</summary>
    public const int CellFailed = 1;

    /// <summary>Usage or input error: unknown option, missing path, malformed notebook.</summary>
    public const int UsageError = 2;

    /// <summary>Every cell succeeded but the HTML book could not be written.</summary>
    public const int BookFailed = 3;

    /// <summary><c>grade</c> finished, but a source assignment was changed while it ran (it was restored): look for an attack.</summary>
    public const int SourceChanged = 4;

    /// <summary>The course tool itself failed (a bug or the machine, never a notebook's or a student's doing).</summary>
    public const int InternalError = 5;

    /// <summary>The one exit-code table of every command, as shown in --help.</summary>
    public const string Description =
        "Exit codes: 0 = success (every cell passed; released; every submission graded, each with its row); " +
        "1 = a cell or a check failed, timed out or could not be exported; " +
        "2 = usage or input error (unknown option, missing path, malformed notebook or source assignment); " +
        "3 = the book could not be written; " +
        "4 = grade finished but a source assignment changed while it ran (restored; look for an attack); " +
        "5 = internal error of the course tool.";
}
