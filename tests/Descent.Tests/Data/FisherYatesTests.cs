using Descent.Data;

namespace Descent.Tests.Data;

public class FisherYatesTests
{
    private const int Shuffles = 60_000;

    // Chi-square with 5 degrees of freedom exceeds 20.5 with probability 0.001; the bound is generous on purpose.
    private const double ChiSquareBound = 30;

    private static double ChiSquareOverOrders(Action<int[], Random> shuffle)
    {
        var random = new Random(2024);
        var counts = new Dictionary<string, int>();
        for (int s = 0; s < Shuffles; s++)
        {
            int[] items = [0, 1, 2];
            shuffle(items, random);
            string key = string.Concat(items);
            counts[key] = counts.GetValueOrDefault(key) + 1;
        }
        Assert.True(counts.Count <= 6);
        double expected = Shuffles / 6.0;
        return new[] { "012", "021", "102", "120", "201", "210" }
            .Sum(order => Math.Pow(counts.GetValueOrDefault(order) - expected, 2) / expected);
    }

    [Fact]
    public void Every_order_of_three_items_is_equally_likely()
    {
        double chiSquare = ChiSquareOverOrders((items, random) => Shuffle.FisherYates<int>(items, random));
        Assert.True(chiSquare < ChiSquareBound, $"chi-square {chiSquare:F1} over the 6 orders");
    }

    [Fact]
    public void The_same_test_catches_the_classic_biased_shuffle()
    {
        // Swapping each position with any position (not only the ones not yet fixed) gives 27 equally likely
        // paths onto 6 orders, so some orders come up 5/27 of the time and others 4/27.
        double chiSquare = ChiSquareOverOrders((items, random) =>
        {
            for (int i = 0; i < items.Length; i++)
            {
                int j = random.Next(items.Length);
                (items[i], items[j]) = (items[j], items[i]);
            }
        });
        Assert.True(chiSquare > 10 * ChiSquareBound, $"chi-square {chiSquare:F1}");
    }

    [Fact]
    public void Same_generator_state_gives_the_same_order()
    {
        int[] a = [.. Enumerable.Range(0, 20)];
        int[] b = [.. Enumerable.Range(0, 20)];
        Shuffle.FisherYates<int>(a, new Random(5));
        Shuffle.FisherYates<int>(b, new Random(5));
        Assert.Equal(a, b);
        Assert.Equal(Enumerable.Range(0, 20), a.OrderBy(i => i));
    }

    [Fact]
    public void Empty_and_single_item_spans_are_left_alone()
    {
        Shuffle.FisherYates(Span<string>.Empty, new Random(1));
        string[] one = ["only"];
        Shuffle.FisherYates<string>(one, new Random(1));
        Assert.Equal(["only"], one);
    }

    [Fact]
    public void A_null_generator_is_rejected()
    {
        Assert.Throws<ArgumentNullException>(() => Shuffle.FisherYates<int>(new int[3], null!));
    }
}
