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

    /// <summary>The exit codes as shown in --help.</summary>
    public const string Description =
        "Exit codes: 0 = every cell succeeded; 1 = a cell failed, timed out or could not be exported; 2 = usage or input error (unknown option, missing path, malformed notebook); 3 = the book could not be written.";
}
