using System.Globalization;
using System.Text;

namespace Descent.Data;

/// <summary>
/// Generates the animals data set of data/animals.csv: <c>perClass</c> dogs, then as many cats, then as many cows,
/// in that order (the ordered data of the lecture notes, which poison mini-batches unless shuffled).
/// </summary>
/// <remarks>
/// Each feature of each class is drawn from a normal distribution truncated to mean ± 2.5 sd (Box–Muller on
/// <c>new Random(seed)</c>, a draw outside that range is redrawn) and rounded to one decimal; the rows are drawn class
/// by class, row by row, feature by feature:
/// <list type="table">
/// <listheader><term>feature</term><description>dog · cat · cow (mean ± sd)</description></listheader>
/// <item><term>weight_kg</term><description>20 ± 7 · 4.5 ± 1.2 · 550 ± 120</description></item>
/// <item><term>height_cm</term><description>55 ± 14 · 25 ± 4 · 140 ± 12</description></item>
/// <item><term>ear_length_cm</term><description>9 ± 3 · 6 ± 1.2 · 20 ± 3</description></item>
/// <item><term>sleep_hours</term><description>12.5 ± 1.8 · 14.5 ± 1.8 · 4 ± 1</description></item>
/// </list>
/// Cows stand apart; small dogs and cats overlap a little, so softmax regression learns the classes well but not perfectly.
/// The features have very different scales, which is what <see cref="Dataset.Standardized()"/> is for.
/// </remarks>
public static class AnimalsGenerator
{
    /// <summary>Class names in file order.</summary>
    public static IReadOnlyList<string> ClassNames { get; } = ["dog", "cat", "cow"];

    /// <summary>Feature columns in file order.</summary>
    public static IReadOnlyList<string> FeatureNames { get; } = ["weight_kg", "height_cm", "ear_length_cm", "sleep_hours"];

    /// <summary>Name of the label column in the CSV file.</summary>
    public const string LabelColumn = "animal";

    /// <summary>Draws further than this many standard deviations from the mean are redrawn (keeps every value positive and plausible).</summary>
    public const double Truncation = 2.5;

    private static readonly (double Mean, double Sd)[][] Distributions =
    [
        [(20, 7), (55, 14), (9, 3), (12.5, 1.8)],       // dog
        [(4.5, 1.2), (25, 4), (6, 1.2), (14.5, 1.8)],   // cat
        [(550, 120), (140, 12), (20, 3), (4, 1)],       // cow
    ];

    /// <summary>The animals data set: <paramref name="perClass"/> dogs, then cats, then cows, from <paramref name="seed"/>.</summary>
    /// <param name="perClass">Rows per class, ≥ 1 (default 100, as in data/animals.csv).</param>
    /// <param name="seed">Seed of <c>new Random(seed)</c> (default 42, as in data/animals.csv).</param>
    public static Dataset Generate(int perClass = 100, int seed = 42)
    {
        DataArguments.AtLeast(perClass, 1, nameof(perClass));
        var random = new Random(seed);
        var x = new double[perClass * ClassNames.Count][];
        var labels = new int[x.Length];
        for (int c = 0; c < ClassNames.Count; c++)
        {
            for (int i = 0; i < perClass; i++)
            {
                int row = c * perClass + i;
                x[row] = new double[FeatureNames.Count];
                for (int j = 0; j < FeatureNames.Count; j++)
                {
                    var (mean, sd) = Distributions[c][j];
                    double z;
                    do z = Gaussian.Next(random); while (Math.Abs(z) > Truncation);
                    x[row][j] = Math.Round(mean + sd * z, 1);
                }
                labels[row] = c;
            }
        }
        return Dataset.Classification("animals", x, labels, ClassNames.ToArray(), FeatureNames.ToArray());
    }

    /// <summary>
    /// The CSV text of a data set made by <see cref="Generate"/>: header <c>weight_kg,height_cm,ear_length_cm,sleep_hours,animal</c>,
    /// features with one decimal (invariant culture), LF line ends, a final line end.
    /// </summary>
    public static string ToCsv(Dataset animals)
    {
        ArgumentNullException.ThrowIfNull(animals);
        if (animals.Labels is null) throw new ArgumentException("The animals data set must have labels.", nameof(animals));
        var text = new StringBuilder();
        text.Append(string.Join(',', animals.FeatureNames)).Append(',').Append(LabelColumn).Append('\n');
        for (int i = 0; i < animals.Count; i++)
        {
            foreach (var value in animals.Features[i])
                text.Append(value.ToString("F1", CultureInfo.InvariantCulture)).Append(',');
            text.Append(animals.ClassNames[animals.Labels[i]]).Append('\n');
        }
        return text.ToString();
    }

    /// <summary>Writes <c>ToCsv(Generate(perClass, seed))</c> to <paramref name="path"/>: how data/animals.csv was made.</summary>
    public static void WriteCsv(string path, int perClass = 100, int seed = 42)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        File.WriteAllText(path, ToCsv(Generate(perClass, seed)), new UTF8Encoding(false));
    }
}
