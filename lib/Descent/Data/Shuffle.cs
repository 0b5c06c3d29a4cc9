namespace Descent.Data;

/// <summary>Shuffling written out, so a lesson can show exactly what "shuffle the data" does.</summary>
public static class Shuffle
{
    /// <summary>
    /// Fisher–Yates (Durstenfeld) shuffle in place: for i = n−1 down to 1, pick j uniformly in [0, i] and swap
    /// items[i] with items[j]. Each of the n! orders is equally likely (given a uniform <paramref name="random"/>),
    /// and the same generator state always gives the same order.
    /// </summary>
    public static void FisherYates<T>(Span<T> items, Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        for (int i = items.Length - 1; i > 0; i--)
        {
            int j = random.Next(i + 1);
            (items[i], items[j]) = (items[j], items[i]);
        }
    }

    /// <summary>A random permutation of 0 … <paramref name="count"/> − 1 drawn with <see cref="FisherYates{T}"/>.</summary>
    public static int[] Permutation(int count, Random random)
    {
        DataArguments.AtLeast(count, 0, nameof(count));
        var indices = new int[count];
        for (int i = 0; i < count; i++) indices[i] = i;
        FisherYates<int>(indices, random);
        return indices;
    }
}
