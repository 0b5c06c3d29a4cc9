using Descent.Data;

namespace Descent.Tests.Data;

public class DatasetSplitTests
{
    private static Dataset Numbered(int count) => Dataset.Classification("numbers",
        Enumerable.Range(0, count).Select(i => new double[] { i }).ToArray(),
        Enumerable.Range(0, count).Select(i => i % 2).ToArray(), ["even", "odd"]);

    [Fact]
    public void Parts_follow_the_seeded_permutation_and_are_disjoint()
    {
        var split = DatasetSplit.Shuffled(Numbered(10), trainCount: 6, validationCount: 3, seed: 5);
        int[] order = Shuffle.Permutation(10, new Random(5));
        Assert.Equal(order[..6].Select(i => (double)i), split.Train.Features.Select(r => r[0]));
        Assert.Equal(order[6..9].Select(i => (double)i), split.Validation.Features.Select(r => r[0]));
        Assert.Equal([(double)order[9]], split.Test.Features.Select(r => r[0]));
        Assert.Equal(order.Select(i => i % 2), split.Train.Labels!.Concat(split.Validation.Labels!).Concat(split.Test.Labels!));
    }

    [Fact]
    public void Same_seed_same_split_other_seed_other_split()
    {
        var a = DatasetSplit.Shuffled(Numbered(50), 30, 10, seed: 1);
        var b = DatasetSplit.Shuffled(Numbered(50), 30, 10, seed: 1);
        var c = DatasetSplit.Shuffled(Numbered(50), 30, 10, seed: 2);
        Assert.Equal(a.Test.Features.Select(r => r[0]), b.Test.Features.Select(r => r[0]));
        Assert.NotEqual(a.Test.Features.Select(r => r[0]), c.Test.Features.Select(r => r[0]));
    }

    [Theory]
    [InlineData(0, 1, "trainCount", 0)]
    [InlineData(1, 0, "validationCount", 0)]
    [InlineData(8, 2, "validationCount", 2)]
    [InlineData(9, 5, "validationCount", 5)]
    public void Bad_counts_name_themselves_and_their_value(int train, int validation, string parameter, int value)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => DatasetSplit.Shuffled(Numbered(10), train, validation, seed: 0));
        Assert.Equal(parameter, e.ParamName);
        Assert.Equal(value, e.ActualValue);
    }
}
