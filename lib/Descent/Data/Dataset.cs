using System.Globalization;

namespace Descent.Data;

/// <summary>
/// A small in-memory data set: features row-major (<c>Features[row][feature]</c>) and either real-valued
/// <see cref="Targets"/> (regression) or class <see cref="Labels"/> 0 … ClassCount − 1 (classification).
/// Immutable: the arrays are copied on construction, and transformations return a new data set.
/// </summary>
public sealed class Dataset
{
    private Dataset(string name, double[][] features, string[] featureNames, double[]? targets, int[]? labels, string[] classNames)
    {
        Name = name;
        Features = features;
        FeatureNames = featureNames;
        Targets = targets;
        Labels = labels;
        ClassNames = classNames;
    }

    /// <summary>Name shown in charts and reports, e.g. "iris".</summary>
    public string Name { get; }

    /// <summary>Features, [row][feature].</summary>
    public double[][] Features { get; }

    /// <summary>One name per feature column.</summary>
    public string[] FeatureNames { get; }

    /// <summary>Regression targets, one per row; null for a classification set.</summary>
    public double[]? Targets { get; }

    /// <summary>Class of each row, 0 … <see cref="ClassCount"/> − 1; null for a regression set.</summary>
    public int[]? Labels { get; }

    /// <summary>Class names indexed by label; empty for a regression set.</summary>
    public string[] ClassNames { get; }

    /// <summary>Number of rows.</summary>
    public int Count => Features.Length;

    /// <summary>Number of features per row.</summary>
    public int FeatureCount => FeatureNames.Length;

    /// <summary>Number of classes (0 for a regression set).</summary>
    public int ClassCount => ClassNames.Length;

    /// <summary>True when the set has <see cref="Labels"/>.</summary>
    public bool IsClassification => Labels is not null;

    /// <summary>
    /// A regression set. Every row of <paramref name="x"/> must have the same, non-zero length; all values finite;
    /// one target per row. <paramref name="featureNames"/> defaults to x0, x1, ….
    /// </summary>
    public static Dataset Regression(string name, double[][] x, double[] y, string[]? featureNames = null)
    {
        ArgumentNullException.ThrowIfNull(y);
        var features = CopyFeatures(x);
        var names = CheckFeatureNames(featureNames, features[0].Length);
        if (y.Length != features.Length)
            throw new ArgumentException($"y has {y.Length} targets but x has {features.Length} rows.", nameof(y));
        for (int i = 0; i < y.Length; i++)
            if (!double.IsFinite(y[i]))
                throw new ArgumentException($"Target of row {i} is {Show(y[i])}; targets must be finite.", nameof(y));
        return new Dataset(CheckName(name), features, names, (double[])y.Clone(), null, []);
    }

    /// <summary>
    /// A classification set. Every row of <paramref name="x"/> must have the same, non-zero length; all values finite;
    /// one label per row, each in 0 … classNames.Length − 1. <paramref name="featureNames"/> defaults to x0, x1, ….
    /// </summary>
    public static Dataset Classification(string name, double[][] x, int[] labels, string[] classNames, string[]? featureNames = null)
    {
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(classNames);
        var features = CopyFeatures(x);
        var names = CheckFeatureNames(featureNames, features[0].Length);
        if (classNames.Length == 0)
            throw new ArgumentException("At least one class name is needed.", nameof(classNames));
        if (labels.Length != features.Length)
            throw new ArgumentException($"labels has {labels.Length} entries but x has {features.Length} rows.", nameof(labels));
        for (int i = 0; i < labels.Length; i++)
            if (labels[i] < 0 || labels[i] >= classNames.Length)
                throw new ArgumentOutOfRangeException(nameof(labels), labels[i],
                    $"Label of row {i} is {labels[i]}; labels must be in 0..{classNames.Length - 1} ({classNames.Length} classes).");
        return new Dataset(CheckName(name), features, names, null, (int[])labels.Clone(), (string[])classNames.Clone());
    }

    /// <summary>Per-feature mean and (population) standard deviation σ = √(Σ (x − μ)² / n).</summary>
    public (double[] Mean, double[] StandardDeviation) FeatureStatistics()
    {
        var mean = new double[FeatureCount];
        var sd = new double[FeatureCount];
        foreach (var row in Features)
            for (int j = 0; j < mean.Length; j++) mean[j] += row[j];
        for (int j = 0; j < mean.Length; j++) mean[j] /= Count;
        foreach (var row in Features)
            for (int j = 0; j < sd.Length; j++) sd[j] += (row[j] - mean[j]) * (row[j] - mean[j]);
        for (int j = 0; j < sd.Length; j++) sd[j] = Math.Sqrt(sd[j] / Count);
        return (mean, sd);
    }

    /// <summary>
    /// A copy with every feature standardized: z = (x − μ) / σ, with μ and σ from <see cref="FeatureStatistics"/>,
    /// so each column has mean 0 and standard deviation 1 (a constant column becomes 0). Targets and labels are unchanged.
    /// </summary>
    public Dataset Standardized()
    {
        var (mean, sd) = FeatureStatistics();
        return Standardized(mean, sd);
    }

    /// <summary>
    /// A copy with z = (x − <paramref name="mean"/>) / <paramref name="standardDeviation"/> per feature (a σ of 0 divides by 1);
    /// use it to apply the statistics of a training set to a test set.
    /// </summary>
    public Dataset Standardized(double[] mean, double[] standardDeviation)
    {
        ArgumentNullException.ThrowIfNull(mean);
        ArgumentNullException.ThrowIfNull(standardDeviation);
        if (mean.Length != FeatureCount)
            throw new ArgumentException($"mean has {mean.Length} entries, the data set has {FeatureCount} features.", nameof(mean));
        if (standardDeviation.Length != FeatureCount)
            throw new ArgumentException($"standardDeviation has {standardDeviation.Length} entries, the data set has {FeatureCount} features.", nameof(standardDeviation));
        var z = new double[Count][];
        for (int i = 0; i < Count; i++)
        {
            z[i] = new double[FeatureCount];
            for (int j = 0; j < FeatureCount; j++)
                z[i][j] = (Features[i][j] - mean[j]) / (standardDeviation[j] > 0 ? standardDeviation[j] : 1);
        }
        return new Dataset($"{Name} (standardized)", z, FeatureNames, Targets, Labels, ClassNames);
    }

    /// <summary>The rows <paramref name="rows"/>, in that order (indices may repeat), as a new data set.</summary>
    public Dataset Select(IReadOnlyList<int> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        if (rows.Count == 0) throw new ArgumentException("Select needs at least one row.", nameof(rows));
        var x = new double[rows.Count][];
        var y = Targets is null ? null : new double[rows.Count];
        var labels = Labels is null ? null : new int[rows.Count];
        for (int i = 0; i < rows.Count; i++)
        {
            int r = rows[i];
            if (r < 0 || r >= Count)
                throw new ArgumentOutOfRangeException(nameof(rows), r, $"rows[{i}] is {r}; row indices must be in 0..{Count - 1}.");
            x[i] = (double[])Features[r].Clone();
            if (y is not null) y[i] = Targets![r];
            if (labels is not null) labels[i] = Labels![r];
        }
        return new Dataset(Name, x, FeatureNames, y, labels, ClassNames);
    }

    /// <summary>The same rows under another <paramref name="name"/> (for legends: "mnist (train)").</summary>
    public Dataset WithName(string name) => new(CheckName(name), Features, FeatureNames, Targets, Labels, ClassNames);

    /// <summary>How many rows each class has, indexed by label (empty for a regression set).</summary>
    public int[] ClassCounts()
    {
        var counts = new int[ClassCount];
        if (Labels is not null) foreach (var label in Labels) counts[label]++;
        return counts;
    }

    /// <inheritdoc/>
    public override string ToString() => IsClassification
        ? $"{Name}: {Count} rows, {FeatureCount} features ({string.Join(", ", FeatureNames)}), {ClassCount} classes ({string.Join(", ", ClassNames)})"
        : $"{Name}: {Count} rows, {FeatureCount} features ({string.Join(", ", FeatureNames)}), regression target";

    private static string CheckName(string name) =>
        string.IsNullOrWhiteSpace(name) ? throw new ArgumentException("A data set needs a name.", nameof(name)) : name;

    private static double[][] CopyFeatures(double[][] x)
    {
        ArgumentNullException.ThrowIfNull(x);
        if (x.Length == 0) throw new ArgumentException("x has no rows.", nameof(x));
        var copy = new double[x.Length][];
        for (int i = 0; i < x.Length; i++)
        {
            if (x[i] is null) throw new ArgumentException($"Row {i} of x is null.", nameof(x));
            if (x[i].Length == 0) throw new ArgumentException($"Row {i} of x has no features.", nameof(x));
            if (x[i].Length != x[0].Length)
                throw new ArgumentException($"Row {i} of x has {FeatureWord(x[i].Length)}, row 0 has {FeatureWord(x[0].Length)}.", nameof(x));
            for (int j = 0; j < x[i].Length; j++)
                if (!double.IsFinite(x[i][j]))
                    throw new ArgumentException($"Row {i}, feature {j} of x is {Show(x[i][j])}; features must be finite.", nameof(x));
            copy[i] = (double[])x[i].Clone();
        }
        return copy;
    }

    private static string[] CheckFeatureNames(string[]? names, int featureCount)
    {
        if (names is null) return Enumerable.Range(0, featureCount).Select(j => $"x{j}").ToArray();
        if (names.Length != featureCount)
            throw new ArgumentException($"featureNames has {names.Length} names but the rows have {featureCount} features.", "featureNames");
        return (string[])names.Clone();
    }

    private static string FeatureWord(int count) => count == 1 ? "1 feature" : $"{count} features";

    private static string Show(double value) => value.ToString(CultureInfo.InvariantCulture);
}
