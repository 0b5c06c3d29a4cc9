namespace Descent.Plots;

internal static class Guard
{
    public static void Range(double min, double max, string minName, string maxName)
    {
        if (!double.IsFinite(min)) throw new ArgumentOutOfRangeException(minName, min, $"{minName} must be finite.");
        if (!double.IsFinite(max)) throw new ArgumentOutOfRangeException(maxName, max, $"{maxName} must be finite.");
        if (min >= max) throw new ArgumentOutOfRangeException(maxName, max, $"{maxName} ({max}) must be greater than {minName} ({min}).");
    }

    public static void Bounds((double Min, double Max) bounds, string name)
    {
        if (!double.IsFinite(bounds.Min) || !double.IsFinite(bounds.Max) || bounds.Min >= bounds.Max)
            throw new ArgumentOutOfRangeException(name, bounds, $"{name} must be a finite range with Min < Max, got ({bounds.Min}, {bounds.Max}).");
    }

    public static void NotEmpty<T>(IReadOnlyCollection<T>? items, string name)
    {
        ArgumentNullException.ThrowIfNull(items, name);
        if (items.Count == 0) throw new ArgumentException($"{name} must contain at least one item.", name);
    }

    public static void AtLeast(int value, int minimum, string name)
    {
        if (value < minimum) throw new ArgumentOutOfRangeException(name, value, $"{name} must be at least {minimum}.");
    }

    public static void Paths(IReadOnlyList<PathSeries> paths, string name)
    {
        ArgumentNullException.ThrowIfNull(paths, name);
        for (int i = 0; i < paths.Count; i++)
        {
            var path = paths[i] ?? throw new ArgumentException($"{name}[{i}] is null.", name);
            if (path.Points is null || path.Points.Count == 0)
                throw new ArgumentException($"{name}[{i}] (\"{path.Name}\") has no points.", name);
            for (int p = 0; p < path.Points.Count; p++)
                if (path.Points[p] is null || path.Points[p].Length < 2)
                    throw new ArgumentException($"{name}[{i}] (\"{path.Name}\") point {p} needs at least two coordinates.", name);
        }
    }
}
