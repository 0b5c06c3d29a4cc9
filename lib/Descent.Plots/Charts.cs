namespace Descent.Plots;

/// <summary>
/// Plotly.NET chart builders for the lessons. Every chart has a title, axis titles, hover text, a legend when it
/// draws more than one series, and a size of <see cref="DefaultWidth"/> × <see cref="DefaultHeight"/> pixels.
/// Bad input (empty or mismatched data, an empty range) throws an <see cref="ArgumentException"/> naming the parameter.
/// </summary>
public static partial class Charts
{
    /// <summary>Width of every chart in pixels: 720.</summary>
    public const int DefaultWidth = 720;

    /// <summary>Height of every chart in pixels: 480.</summary>
    public const int DefaultHeight = 480;
}
