using Descent.Data;

namespace Descent.Tests.Data;

public class SamplerTests
{
    private static void AssertPermutation(IReadOnlyList<int> indices, int n) =>
        Assert.Equal(Enumerable.Range(0, n), indices.OrderBy(i => i));

    [Fact]
    public void Sequential_visits_rows_in_order_every_epoch()
    {
        var sampler = new SequentialSampler(5);
        Assert.Equal(5, sampler.Count);
        Assert.Equal([0, 1, 2, 3, 4], sampler.Indices(0));
        Assert.Equal([0, 1, 2, 3, 4], sampler.Indices(7));
    }

    [Fact]
    public void Reshuffled_same_seed_gives_the_same_orders()
    {
        var a = new ReshuffledSampler(100, seed: 3);
        var b = new ReshuffledSampler(100, seed: 3);
        for (int epoch = 0; epoch < 5; epoch++) Assert.Equal(a.Indices(epoch), b.Indices(epoch));
    }

    [Fact]
    public void Reshuffled_each_epoch_is_a_new_permutation()
    {
        var sampler = new ReshuffledSampler(100, seed: 3);
        var epochs = Enumerable.Range(0, 5).Select(e => sampler.Indices(e).ToArray()).ToList();
        foreach (var order in epochs) AssertPermutation(order, 100);
        for (int i = 0; i < epochs.Count; i++)
            for (int j = i + 1; j < epochs.Count; j++)
                Assert.NotEqual(epochs[i], epochs[j]);
        Assert.NotEqual(Enumerable.Range(0, 100), epochs[0]);
    }

    [Fact]
    public void Reshuffled_epoch_can_be_replayed_out_of_order()
    {
        var sampler = new ReshuffledSampler(50, seed: 11);
        var third = sampler.Indices(3).ToArray();
        _ = sampler.Indices(0);
        _ = sampler.Indices(9);
        Assert.Equal(third, sampler.Indices(3));
    }

    [Fact]
    public void Different_seeds_give_different_orders()
    {
        Assert.NotEqual(new ReshuffledSampler(100, 1).Indices(0), new ReshuffledSampler(100, 2).Indices(0));
        Assert.NotEqual(new ShuffledOnceSampler(100, 1).Indices(0), new ShuffledOnceSampler(100, 2).Indices(0));
    }

    [Fact]
    public void ShuffledOnce_uses_one_permutation_for_every_epoch()
    {
        var sampler = new ShuffledOnceSampler(100, seed: 5);
        var first = sampler.Indices(0).ToArray();
        AssertPermutation(first, 100);
        Assert.NotEqual(Enumerable.Range(0, 100), first);
        for (int epoch = 1; epoch < 5; epoch++) Assert.Equal(first, sampler.Indices(epoch));
    }

    [Fact]
    public void Replacement_draws_in_range_with_repeats()
    {
        var sampler = new ReplacementSampler(100, seed: 9);
        var draws = sampler.Indices(0);
        Assert.Equal(100, sampler.Count);
        Assert.Equal(100, draws.Count);
        Assert.All(draws, i => Assert.InRange(i, 0, 99));
        Assert.True(draws.Distinct().Count() < 100, "drawing 100 of 100 with replacement should repeat some rows");
        Assert.Equal(draws, new ReplacementSampler(100, seed: 9).Indices(0));
        Assert.NotEqual(draws, sampler.Indices(1));
    }

    [Fact]
    public void Replacement_samples_per_epoch()
    {
        var sampler = new ReplacementSampler(10, seed: 1, samplesPerEpoch: 25);
        Assert.Equal(25, sampler.Count);
        Assert.Equal(10, sampler.RowCount);
        Assert.Equal(25, sampler.Indices(2).Count);
        Assert.All(sampler.Indices(2), i => Assert.InRange(i, 0, 9));
    }

    [Fact]
    public void Epoch_random_is_SplitMix64_folded_to_32_bits()
    {
        // SplitMix64's first output from state 0 is 0xE220A8397B1DCDAF; 0x7B1DCDAF ^ 0xE220A839 = 0x993D6596.
        Assert.Equal(unchecked((int)0x993D6596), EpochRandom.Mix(0, 0));
        Assert.Equal(1552759649, EpochRandom.Mix(42, 3));
        Assert.NotEqual(EpochRandom.Mix(1, 0), EpochRandom.Mix(0, 1));
        Assert.Equal(EpochRandom.Create(7, 2).Next(), EpochRandom.Create(7, 2).Next());
    }

    [Theory]
    [InlineData("count", 0)]
    [InlineData("count", -1)]
    public void Empty_or_negative_counts_are_rejected(string parameter, int count)
    {
        foreach (Action create in new Action[]
                 {
                     () => _ = new SequentialSampler(count), () => _ = new ReshuffledSampler(count, 1),
                     () => _ = new ShuffledOnceSampler(count, 1), () => _ = new ReplacementSampler(count, 1),
                 })
        {
            var error = Assert.Throws<ArgumentOutOfRangeException>(create);
            Assert.Equal(parameter, error.ParamName);
            Assert.Equal(count, error.ActualValue);
        }
    }

    [Fact]
    public void Bad_samples_per_epoch_is_rejected()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new ReplacementSampler(10, 1, samplesPerEpoch: 0));
        Assert.Equal("samplesPerEpoch", error.ParamName);
    }

    [Fact]
    public void Negative_epoch_is_rejected()
    {
        ISampler[] samplers = [new SequentialSampler(3), new ReshuffledSampler(3, 1), new ShuffledOnceSampler(3, 1), new ReplacementSampler(3, 1)];
        foreach (var sampler in samplers)
        {
            var error = Assert.Throws<ArgumentOutOfRangeException>(() => sampler.Indices(-1));
            Assert.Equal("epoch", error.ParamName);
            Assert.Equal(-1, error.ActualValue);
        }
    }
}
