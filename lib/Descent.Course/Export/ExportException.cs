namespace Descent.Course.Export;

/// <summary>A notebook that cannot become a file-based app; the message names the notebook, the cell and the reason.</summary>
public sealed class ExportException(string notebook, int? cell, string reason)
    : Exception(cell is { } number ? $"{notebook}, cell {number}: {reason}" : $"{notebook}: {reason}");
