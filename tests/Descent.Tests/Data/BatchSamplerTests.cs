using Descent.Data;

namespace Descent.Tests.Data;

public class BatchSamplerTests
{
    [Fact]
    public void Ten_rows_in_batches_of_three_keep_the_short_last_batch()
    {
        var batches = new BatchSampler(new SequentialSampler(10), 3).Batches(0).ToList();
        Assert.Equal(4, batches.Count);
        Assert.Equal([0, 1, 2], batches[0]);
        Assert.Equal([3, 4, 5], batches[1]);
        Assert.Equal([6, 7, 8], batches[2]);
        Assert.Equal([9], batches[3]);
        Assert.Equal(4, new BatchSampler(new SequentialSampler(10), 3).BatchesPerEpoch);
    }

    [Fact]
    public void Drop_last_removes_the_short_batch()
    {
        var sampler = new BatchSampler(new SequentialSampler(10), 3, dropLast: true);
        var batches = sampler.Batches(0).ToList();
        Assert.Equal(3, sampler.BatchesPerEpoch);
        Assert.Equal([3, 3, 3], batches.Select(b => b.Length));
        Assert.Equal(Enumerable.Range(0, 9), batches.SelectMany(b => b));
    }

    [Fact]
    public void Drop_last_keeps_everything_when_the_size_divides()
    {
        var sampler = new BatchSampler(new SequentialSampler(12), 4, dropLast: true);
        Assert.Equal(3, sampler.BatchesPerEpoch);
        Assert.Equal(Enumerable.Range(0, 12), sampler.Batches(0).SelectMany(b => b));
    }

    [Fact]
    public void Full_batch_is_one_batch_of_everything()
    {
        var batches = new BatchSampler(new SequentialSampler(10), 10).Batches(0).ToList();
        Assert.Single(batches);
        Assert.Equal(Enumerable.Range(0, 10), batches[0]);
    }

    [Fact]
    public void Instance_wise_is_one_row_per_batch()
    {
        var sampler = new BatchSampler(new ReshuffledSampler(10, 4), 1);
        var batches = sampler.Batches(2).ToList();
        Assert.Equal(10, sampler.BatchesPerEpoch);
        Assert.All(batches, b => Assert.Single(b));
        Assert.Equal(new ReshuffledSampler(10, 4).Indices(2), batches.Select(b => b[0]));
    }

    [Fact]
    public void Batch_larger_than_the_data()
    {
        Assert.Equal([5], new BatchSampler(new SequentialSampler(5), 8).Batches(0).Select(b => b.Length));
        var dropped = new BatchSampler(new SequentialSampler(5), 8, dropLast: true);
        Assert.Equal(0, dropped.BatchesPerEpoch);
        Assert.Empty(dropped.Batches(0));
    }

    [Fact]
    public void Batches_follow_the_sampler_order_of_the_epoch()
    {
        var inner = new ReshuffledSampler(10, 7);
        var sampler = new BatchSampler(inner, 3);
        for (int epoch = 0; epoch < 3; epoch++)
            Assert.Equal(inner.Indices(epoch), sampler.Batches(epoch).SelectMany(b => b));
        Assert.NotEqual(sampler.Batches(0).First(), sampler.Batches(1).First());
    }

    [Fact]
    public void Ordered_classes_in_batches_of_a_class_size_are_pure_until_shuffled()
    {
        int[] labels = [.. Enumerable.Repeat(0, 100), .. Enumerable.Repeat(1, 100), .. Enumerable.Repeat(2, 100)];
        var ordered = new BatchSampler(new SequentialSampler(300), 100).Batches(0);
        Assert.All(ordered, batch => Assert.Single(batch.Select(i => labels[i]).Distinct()));
        var shuffled = new BatchSampler(new ReshuffledSampler(300, 1), 100).Batches(0);
        Assert.All(shuffled, batch => Assert.Equal(3, batch.Select(i => labels[i]).Distinct().Count()));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-4)]
    public void Batch_size_below_one_is_rejected(int batchSize)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new BatchSampler(new SequentialSampler(3), batchSize));
        Assert.Equal("batchSize", error.ParamName);
        Assert.Equal(batchSize, error.ActualValue);
    }

    [Fact]
    public void Null_sampler_and_negative_epoch_are_rejected()
    {
        Assert.Throws<ArgumentNullException>(() => new BatchSampler(null!, 3));
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new BatchSampler(new SequentialSampler(3), 2).Batches(-1));
        Assert.Equal("epoch", error.ParamName);
    }
}
