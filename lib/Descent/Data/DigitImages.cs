namespace Descent.Data;

/// <summary>
/// Grey-scale images of digits with their labels, as stored on disk: <see cref="Pixels"/> holds image i's pixel
/// (r, c) at i·H·W + r·W + c as a byte 0 (background) … 255 (ink); its intensity is byte / 255 in [0, 1].
/// </summary>
public sealed class DigitImages
{
    /// <summary>Takes the arrays without copying them; they must agree in size and every label must be 0 … 9.</summary>
    public DigitImages(int height, int width, int[] labels, byte[] pixels)
    {
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(pixels);
        DataArguments.AtLeast(height, 1, nameof(height));
        DataArguments.AtLeast(width, 1, nameof(width));
        if (pixels.LongLength != (long)labels.Length * height * width)
            throw new ArgumentException(
                $"pixels has {pixels.Length} bytes but {labels.Length} images of {height}×{width} need {(long)labels.Length * height * width}.", nameof(pixels));
        for (int i = 0; i < labels.Length; i++)
            if (labels[i] < 0 || labels[i] >= ClassCount)
                throw new ArgumentOutOfRangeException(nameof(labels), labels[i], $"labels[{i}] is {labels[i]}; a digit label must be in 0..9.");
        Height = height;
        Width = width;
        Labels = labels;
        Pixels = pixels;
    }

    /// <summary>Number of classes, the digits 0 … 9.</summary>
    public const int ClassCount = 10;

    /// <summary>Number of images.</summary>
    public int Count => Labels.Length;

    /// <summary>Rows of pixels per image (28 for MNIST).</summary>
    public int Height { get; }

    /// <summary>Columns of pixels per image (28 for MNIST).</summary>
    public int Width { get; }

    /// <summary>Pixels per image, H·W.</summary>
    public int PixelCount => Height * Width;

    /// <summary>The digit shown by each image, 0 … 9.</summary>
    public int[] Labels { get; }

    /// <summary>All pixel bytes, image after image, each image row-major.</summary>
    public byte[] Pixels { get; }

    /// <summary>Image <paramref name="index"/> as intensities [row][column] = byte / 255 (for drawing it as a heat map).</summary>
    public double[][] Image(int index)
    {
        if (index < 0 || index >= Count)
            throw new ArgumentOutOfRangeException(nameof(index), index, $"index must be in 0..{Count - 1}.");
        var rows = new double[Height][];
        for (int r = 0; r < Height; r++)
        {
            rows[r] = new double[Width];
            for (int c = 0; c < Width; c++) rows[r][c] = Pixels[index * PixelCount + r * Width + c] / 255.0;
        }
        return rows;
    }

    /// <summary>
    /// A classification <see cref="Dataset"/>: one row per image with its H·W intensities byte / 255 as features,
    /// named "r{row}c{column}" (r0c0 … r27c27), and classes "0" … "9".
    /// </summary>
    public Dataset ToDataset(string name)
    {
        var features = new double[Count][];
        for (int i = 0; i < Count; i++)
        {
            features[i] = new double[PixelCount];
            for (int k = 0; k < PixelCount; k++) features[i][k] = Pixels[i * PixelCount + k] / 255.0;
        }
        var featureNames = new string[PixelCount];
        for (int r = 0; r < Height; r++)
            for (int c = 0; c < Width; c++) featureNames[r * Width + c] = $"r{r}c{c}";
        var classNames = Enumerable.Range(0, ClassCount).Select(d => d.ToString()).ToArray();
        return Dataset.Classification(name, features, Labels, classNames, featureNames);
    }
}
