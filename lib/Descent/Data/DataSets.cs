namespace Descent.Data;

/// <summary>
/// The course's data sets: the files in data/ (see data/README.md for sources and licences) and generated 2-D sets.
/// File loaders find data/ with <see cref="DataDirectory.Find(string?)"/> unless <c>dataDirectory</c> is given, and keep the
/// file's row order.
/// </summary>
public static class DataSets
{
    /// <summary>File name of the animals set.</summary>
    public const string AnimalsFile = "animals.csv";

    /// <summary>File name of the iris set.</summary>
    public const string IrisFile = "iris.csv";

    /// <summary>File name of the penguins set.</summary>
    public const string PenguinsFile = "penguins.csv";

    /// <summary>File name of the MNIST digits (format: <see cref="DigitImagesFile"/>).</summary>
    public const string MnistFile = "mnist.bin.gz";

    /// <summary>Training rows of <see cref="MnistSplit"/>.</summary>
    public const int MnistTrainCount = 8000;

    /// <summary>Validation rows of <see cref="MnistSplit"/>.</summary>
    public const int MnistValidationCount = 1000;

    /// <summary>Seed of the permutation behind <see cref="MnistSplit"/>.</summary>
    public const int MnistSplitSeed = 1998;

    /// <summary>
    /// data/animals.csv (made by <see cref="AnimalsGenerator.Generate"/> with 100 per class, seed 42): 300 rows,
    /// 100 dogs, then 100 cats, then 100 cows; features weight_kg, height_cm, ear_length_cm, sleep_hours; classes dog, cat, cow.
    /// </summary>
    public static Dataset Animals(string? dataDirectory = null) =>
        Classification(Csv.Read(DataDirectory.PathOf(AnimalsFile, dataDirectory)), "animals", AnimalsGenerator.LabelColumn);

    /// <summary>
    /// data/iris.csv, Fisher's iris (1936): 150 rows in the original order, 50 setosa, 50 versicolor, 50 virginica;
    /// features sepal_length, sepal_width, petal_length, petal_width (cm); classes setosa, versicolor, virginica.
    /// </summary>
    public static Dataset Iris(string? dataDirectory = null) =>
        Classification(Csv.Read(DataDirectory.PathOf(IrisFile, dataDirectory)), "iris", "species");

    /// <summary>
    /// data/penguins.csv, the Palmer penguins (Gorman, Williams and Fraser 2014), as a regression set: predict
    /// body_mass_g (grams) from bill_length_mm, bill_depth_mm and flipper_length_mm. 342 rows in the file's order
    /// (151 Adelie, then 68 Chinstrap, then 123 Gentoo). The scales differ (millimetres against thousands of grams):
    /// standardize the features, and consider scaling the target, before gradient descent.
    /// </summary>
    public static Dataset Penguins(string? dataDirectory = null)
    {
        var table = Csv.Read(DataDirectory.PathOf(PenguinsFile, dataDirectory));
        string[] features = ["bill_length_mm", "bill_depth_mm", "flipper_length_mm"];
        return Dataset.Regression("penguins", Rows(table, features), table.Numbers("body_mass_g"), features);
    }

    /// <summary>
    /// data/mnist.bin.gz: 10 000 handwritten digits from MNIST (LeCun, Cortes and Burges), 28×28 grey-scale, as
    /// stored: 1001 zeros, then 1127 ones, 991 twos, 1032 threes, 980 fours, 863 fives, 1014 sixes, 1070 sevens,
    /// 944 eights and 978 nines. Use <see cref="DigitImages.ToDataset"/> for a data set, <see cref="MnistSplit"/> for
    /// the course's train / validation / test parts.
    /// </summary>
    public static DigitImages MnistImages(string? dataDirectory = null) =>
        DigitImagesFile.Read(DataDirectory.PathOf(MnistFile, dataDirectory));

    /// <summary>
    /// The MNIST digits of <see cref="MnistImages"/> as a data set named "mnist": 784 features (pixel intensities
    /// byte / 255 in [0, 1], named r0c0 … r27c27), classes "0" … "9", rows in the file's order (sorted by digit).
    /// </summary>
    public static Dataset Mnist(string? dataDirectory = null) => MnistImages(dataDirectory).ToDataset("mnist");

    /// <summary>
    /// The course's fixed split of <see cref="Mnist"/>: <see cref="DatasetSplit.Shuffled"/> with 8000 training,
    /// 1000 validation and 1000 test rows and seed 1998 (every digit is in every part, in about its share of the file).
    /// </summary>
    public static DatasetSplit MnistSplit(string? dataDirectory = null) =>
        DatasetSplit.Shuffled(Mnist(dataDirectory), MnistTrainCount, MnistValidationCount, MnistSplitSeed);

    /// <summary>
    /// Two interleaving half circles (scikit-learn <c>make_moons</c>): class 0 on (cos θ, sin θ), class 1 on
    /// (1 − cos θ, 0.5 − sin θ), θ evenly spaced over [0, π], plus N(0, noise²) on each coordinate; then the rows are
    /// shuffled. No straight line separates the classes, a small MLP does.
    /// </summary>
    /// <param name="count">Number of points, ≥ 2 (⌊count/2⌋ in class 0, the rest in class 1).</param>
    /// <param name="noise">Standard deviation of the Gaussian noise, finite and ≥ 0 (0.1 is typical).</param>
    /// <param name="seed">Seed of <c>new Random(seed)</c>: same arguments, same points, bit for bit.</param>
    public static Dataset TwoMoons(int count, double noise, int seed)
    {
        CheckGenerated(count, noise);
        int outer = count / 2, inner = count - outer;
        var points = new List<(double X, double Y, int Label)>(count);
        for (int i = 0; i < outer; i++)
        {
            double theta = outer == 1 ? 0 : Math.PI * i / (outer - 1);
            points.Add((Math.Cos(theta), Math.Sin(theta), 0));
        }
        for (int i = 0; i < inner; i++)
        {
            double theta = inner == 1 ? 0 : Math.PI * i / (inner - 1);
            points.Add((1 - Math.Cos(theta), 0.5 - Math.Sin(theta), 1));
        }
        return Generated("two moons", points, noise, seed, ["moon 0", "moon 1"]);
    }

    /// <summary>
    /// A small circle inside a large one (scikit-learn <c>make_circles</c>): class 0 on the unit circle, class 1 on the
    /// circle of radius <paramref name="factor"/>, angles evenly spaced over [0, 2π), plus N(0, noise²) on each
    /// coordinate; then the rows are shuffled. Not linearly separable.
    /// </summary>
    /// <param name="count">Number of points, ≥ 2 (⌊count/2⌋ on the outer circle, the rest on the inner one).</param>
    /// <param name="noise">Standard deviation of the Gaussian noise, finite and ≥ 0.</param>
    /// <param name="seed">Seed of <c>new Random(seed)</c>.</param>
    /// <param name="factor">Radius of the inner circle, in (0, 1) (default 0.5).</param>
    public static Dataset Circles(int count, double noise, int seed, double factor = 0.5)
    {
        CheckGenerated(count, noise);
        if (!(factor > 0 && factor < 1))
            throw new ArgumentOutOfRangeException(nameof(factor), factor, "factor must be in (0, 1).");
        int outer = count / 2, inner = count - outer;
        var points = new List<(double X, double Y, int Label)>(count);
        for (int i = 0; i < outer; i++)
        {
            double theta = 2 * Math.PI * i / outer;
            points.Add((Math.Cos(theta), Math.Sin(theta), 0));
        }
        for (int i = 0; i < inner; i++)
        {
            double theta = 2 * Math.PI * i / inner;
            points.Add((factor * Math.Cos(theta), factor * Math.Sin(theta), 1));
        }
        return Generated("circles", points, noise, seed, ["outer", "inner"]);
    }

    /// <summary>A classification set from a table: every column except <paramref name="labelColumn"/> is a numeric feature; classes in order of first appearance.</summary>
    private static Dataset Classification(CsvTable table, string name, string labelColumn)
    {
        var featureNames = table.Columns.Where(c => c != labelColumn).ToArray();
        var classes = table.Strings(labelColumn);
        var classNames = classes.Distinct().ToArray();
        var labels = classes.Select(c => Array.IndexOf(classNames, c)).ToArray();
        return Dataset.Classification(name, Rows(table, featureNames), labels, classNames, featureNames);
    }

    private static double[][] Rows(CsvTable table, string[] columns)
    {
        var values = columns.Select(table.Numbers).ToArray();
        var rows = new double[table.RowCount][];
        for (int i = 0; i < rows.Length; i++)
        {
            rows[i] = new double[columns.Length];
            for (int j = 0; j < columns.Length; j++) rows[i][j] = values[j][i];
        }
        return rows;
    }

    private static void CheckGenerated(int count, double noise)
    {
        DataArguments.AtLeast(count, 2, nameof(count));
        if (!double.IsFinite(noise) || noise < 0)
            throw new ArgumentOutOfRangeException(nameof(noise), noise, "noise must be a finite number >= 0.");
    }

    private static Dataset Generated(string name, List<(double X, double Y, int Label)> points, double noise, int seed, string[] classNames)
    {
        var random = new Random(seed);
        var x = new double[points.Count][];
        var labels = new int[points.Count];
        for (int i = 0; i < points.Count; i++)
        {
            x[i] = [points[i].X + noise * Gaussian.Next(random), points[i].Y + noise * Gaussian.Next(random)];
            labels[i] = points[i].Label;
        }
        var order = Shuffle.Permutation(points.Count, random);
        return Dataset.Classification(name, x, labels, classNames, ["x1", "x2"]).Select(order);
    }
}
