namespace Descent.Course.Tests.Notebooks;

/// <summary>
/// Whole-notebook runs share the process working directory (in-process) or the two cores (child hosts):
/// they run one at a time.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class NotebookCollection
{
    /// <summary>The collection's name.</summary>
    public const string Name = "Notebooks";
}
