using Descent.Data;

namespace Descent.Tests.Data;

public class DataSetsTests
{
    [Fact]
    public void Animals_are_100_dogs_then_100_cats_then_100_cows()
    {
        var animals = DataSets.Animals();
        Assert.Equal(300, animals.Count);
        Assert.Equal(["dog", "cat", "cow"], animals.ClassNames);
        Assert.Equal(["weight_kg", "height_cm", "ear_length_cm", "sleep_hours"], animals.FeatureNames);
        Assert.All(animals.Labels![..100], l => Assert.Equal(0, l));
        Assert.All(animals.Labels![100..200], l => Assert.Equal(1, l));
        Assert.All(animals.Labels![200..], l => Assert.Equal(2, l));
    }

    [Fact]
    public void Animals_file_is_exactly_what_the_generator_writes()
    {
        string path = DataDirectory.PathOf(DataSets.AnimalsFile);
        var generated = AnimalsGenerator.Generate(perClass: 100, seed: 42);
        Assert.Equal(AnimalsGenerator.ToCsv(generated), File.ReadAllText(path));
        var loaded = DataSets.Animals();
        for (int i = 0; i < generated.Count; i++) Assert.Equal(generated.Features[i], loaded.Features[i]);
        Assert.Equal(generated.Labels, loaded.Labels);
    }

    [Fact]
    public void Animals_generator_is_reproducible_bit_for_bit()
    {
        var a = AnimalsGenerator.Generate(20, seed: 7);
        var b = AnimalsGenerator.Generate(20, seed: 7);
        var c = AnimalsGenerator.Generate(20, seed: 8);
        Assert.Equal(60, a.Count);
        Assert.Equal(a.Features.SelectMany(r => r).Select(BitConverter.DoubleToInt64Bits), b.Features.SelectMany(r => r).Select(BitConverter.DoubleToInt64Bits));
        Assert.NotEqual(a.Features.SelectMany(r => r), c.Features.SelectMany(r => r));
        Assert.All(a.Features.SelectMany(r => r), v => Assert.True(v > 0));
    }

    [Fact]
    public void Animals_classes_are_mostly_told_apart_by_their_nearest_class_mean()
    {
        var animals = DataSets.Animals().Standardized();
        var means = Enumerable.Range(0, 3).Select(c =>
            animals.Select(Enumerable.Range(0, 300).Where(i => animals.Labels![i] == c).ToArray()).FeatureStatistics().Mean).ToArray();
        int correct = Enumerable.Range(0, 300).Count(i =>
            Enumerable.Range(0, 3).MinBy(c => means[c].Zip(animals.Features[i], (m, x) => (m - x) * (m - x)).Sum()) == animals.Labels![i]);
        Assert.InRange(correct, 270, 300);
    }

    [Fact]
    public void Iris_has_150_flowers_in_the_original_class_order()
    {
        var iris = DataSets.Iris();
        Assert.Equal(150, iris.Count);
        Assert.Equal(["sepal_length", "sepal_width", "petal_length", "petal_width"], iris.FeatureNames);
        Assert.Equal(["setosa", "versicolor", "virginica"], iris.ClassNames);
        Assert.Equal([50, 50, 50], iris.ClassCounts());
        Assert.Equal(Enumerable.Range(0, 150).Select(i => i / 50), iris.Labels);
        Assert.Equal([5.1, 3.5, 1.4, 0.2], iris.Features[0]);
        Assert.Equal([5.9, 3.0, 5.1, 1.8], iris.Features[149]);
    }

    [Fact]
    public void Penguins_is_a_complete_regression_set()
    {
        var penguins = DataSets.Penguins();
        Assert.Equal(342, penguins.Count);
        Assert.False(penguins.IsClassification);
        Assert.Equal(["bill_length_mm", "bill_depth_mm", "flipper_length_mm"], penguins.FeatureNames);
        Assert.Equal([39.1, 18.7, 181.0], penguins.Features[0]);
        Assert.Equal(3750.0, penguins.Targets![0]);
        Assert.All(penguins.Features.SelectMany(r => r), v => Assert.True(double.IsFinite(v)));
        Assert.All(penguins.Targets, v => Assert.InRange(v, 2500, 6500));
    }

    [Fact]
    public void Penguin_body_mass_grows_with_flipper_length()
    {
        var penguins = DataSets.Penguins();
        double[] flipper = penguins.Features.Select(r => r[2]).ToArray();
        double[] mass = penguins.Targets!;
        double mf = flipper.Average(), mm = mass.Average();
        double r = flipper.Zip(mass, (f, m) => (f - mf) * (m - mm)).Sum()
                   / Math.Sqrt(flipper.Sum(f => (f - mf) * (f - mf)) * mass.Sum(m => (m - mm) * (m - mm)));
        Assert.InRange(r, 0.8, 0.95);
    }

    [Fact]
    public void Loaders_take_an_explicit_data_directory()
    {
        string data = DataDirectory.Find();
        Assert.True(File.Exists(Path.Combine(data, DataSets.IrisFile)));
        Assert.Equal(150, DataSets.Iris(data).Count);
    }

    [Fact]
    public void A_missing_data_directory_or_file_names_the_path()
    {
        string missing = Path.Combine(Path.GetTempPath(), "descent-no-such-folder");
        var error = Assert.Throws<DirectoryNotFoundException>(() => DataSets.Iris(missing));
        Assert.Contains(missing, error.Message);

        string empty = Directory.CreateTempSubdirectory("descent-data-").FullName;
        try
        {
            var noFile = Assert.Throws<FileNotFoundException>(() => DataSets.Animals(empty));
            Assert.Equal(Path.Combine(empty, DataSets.AnimalsFile), noFile.FileName);
        }
        finally
        {
            Directory.Delete(empty);
        }
    }
}

public class DataDirectoryTests
{
    [Fact]
    public void Finds_the_data_folder_beside_Course_sln()
    {
        string data = DataDirectory.Find();
        Assert.Equal("data", Path.GetFileName(data));
        Assert.True(File.Exists(Path.Combine(data, "..", DataDirectory.RootMarker)));
    }

    [Fact]
    public void Says_where_it_looked_when_there_is_no_Course_sln()
    {
        string outside = Directory.CreateTempSubdirectory("descent-outside-").FullName;
        try
        {
            var error = Assert.Throws<DirectoryNotFoundException>(() => DataDirectory.Find(null, outside));
            Assert.Contains($"'{outside}'", error.Message);
            Assert.Contains("Course.sln", error.Message);
        }
        finally
        {
            Directory.Delete(outside);
        }
    }
}
