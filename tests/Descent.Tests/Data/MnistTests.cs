using System.Security.Cryptography;
using Descent.Data;

namespace Descent.Tests.Data;

public class MnistTests
{
    private static readonly int[] CountsPerDigit = [1001, 1127, 991, 1032, 980, 863, 1014, 1070, 944, 978];
    private static readonly Lazy<DigitImages> Images = new(() => DataSets.MnistImages());
    private static readonly Lazy<Dataset> All = new(() => DataSets.Mnist());
    private static readonly Lazy<DatasetSplit> Split = new(() => DataSets.MnistSplit());

    [Fact]
    public void File_is_the_one_data_README_describes()
    {
        byte[] file = File.ReadAllBytes(DataDirectory.PathOf(DataSets.MnistFile));
        Assert.Equal(1_596_107, file.Length);
        Assert.Equal("5d14c7adc3924cd66145fb168b8ab9823ce2dc46c15441418c1f2fd4b1bc13cb", Convert.ToHexStringLower(SHA256.HashData(file)));
    }

    [Fact]
    public void Holds_10000_images_of_28_by_28_sorted_by_digit()
    {
        var images = Images.Value;
        Assert.Equal((10_000, 28, 28), (images.Count, images.Height, images.Width));
        Assert.Equal(10_000 * 784, images.Pixels.Length);
        int start = 0;
        for (int digit = 0; digit < 10; digit++)
        {
            Assert.All(images.Labels[start..(start + CountsPerDigit[digit])], label => Assert.Equal(digit, label));
            start += CountsPerDigit[digit];
        }
        Assert.Equal(10_000, start);
    }

    [Fact]
    public void Pixels_use_the_whole_byte_range_with_a_dark_background()
    {
        var images = Images.Value;
        Assert.Equal(0, images.Pixels.Min());
        Assert.Equal(255, images.Pixels.Max());
        Assert.Equal(256, images.Pixels.Distinct().Count());
        double mean = images.Pixels.Average(p => p / 255.0);
        Assert.Equal(0.13113, mean, 5);                                       // MNIST's training mean is 0.1307
        // The frame of every image is background, as in MNIST (digits are centred in the inner 20×20).
        for (int i = 0; i < images.Count; i++)
            Assert.Equal(0, images.Pixels[i * 784]);
    }

    [Fact]
    public void Data_set_has_784_intensities_in_0_1_and_ten_classes()
    {
        var mnist = All.Value;
        Assert.Equal("mnist", mnist.Name);
        Assert.Equal((10_000, 784, 10), (mnist.Count, mnist.FeatureCount, mnist.ClassCount));
        Assert.Equal(["0", "1", "2", "3", "4", "5", "6", "7", "8", "9"], mnist.ClassNames);
        Assert.Equal("r0c0", mnist.FeatureNames[0]);
        Assert.Equal("r27c27", mnist.FeatureNames[^1]);
        Assert.Equal("r1c0", mnist.FeatureNames[28]);
        Assert.Equal(CountsPerDigit, mnist.ClassCounts());
        Assert.All(mnist.Features, row => Assert.All(row, x => Assert.InRange(x, 0.0, 1.0)));
        var images = Images.Value;
        Assert.Equal(images.Pixels[5 * 784 + 300] / 255.0, mnist.Features[5][300]);
        Assert.Equal(mnist.Features[5][10 * 28 + 14], images.Image(5)[10][14]);
    }

    [Fact]
    public void Split_is_8000_1000_1000_disjoint_and_covers_every_image()
    {
        var split = Split.Value;
        Assert.Equal((8000, 1000, 1000), (split.Train.Count, split.Validation.Count, split.Test.Count));
        Assert.Equal("mnist (train)", split.Train.Name);
        Assert.Equal("mnist (validation)", split.Validation.Name);
        Assert.Equal("mnist (test)", split.Test.Name);
        var all = All.Value;
        int[] order = Shuffle.Permutation(10_000, new Random(DataSets.MnistSplitSeed));
        Assert.Equal(all.Features[order[0]], split.Train.Features[0]);
        Assert.Equal(all.Features[order[8000]], split.Validation.Features[0]);
        Assert.Equal(all.Features[order[9999]], split.Test.Features[^1]);
        Assert.Equal(10_000, order.Distinct().Count());
    }

    [Fact]
    public void Split_has_every_digit_in_about_its_share_in_every_part()
    {
        var split = Split.Value;
        Assert.Equal([790, 925, 785, 832, 767, 699, 807, 860, 765, 770], split.Train.ClassCounts());
        Assert.Equal([104, 97, 109, 109, 115, 68, 103, 98, 80, 117], split.Validation.ClassCounts());
        Assert.Equal([107, 105, 97, 91, 98, 96, 104, 112, 99, 91], split.Test.ClassCounts());
        // A cut in file order would be all wrong: the last 1000 rows are 22 eights and 978 nines.
        var fileOrder = All.Value.Select(Enumerable.Range(9000, 1000).ToArray()).ClassCounts();
        Assert.Equal([0, 0, 0, 0, 0, 0, 0, 0, 22, 978], fileOrder);
    }
}
