using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using Descent.Data;

namespace Descent.Tests.Data;

public sealed class DigitImagesFileTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("descent-digits-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static byte[] Content(string magic, uint count, uint height, uint width, byte[] labels, byte[] pixels)
    {
        var header = new byte[20];
        Encoding.ASCII.GetBytes(magic).CopyTo(header, 0);
        BinaryPrimitives.WriteUInt32LittleEndian(header.AsSpan(8), count);
        BinaryPrimitives.WriteUInt32LittleEndian(header.AsSpan(12), height);
        BinaryPrimitives.WriteUInt32LittleEndian(header.AsSpan(16), width);
        return [.. header, .. labels, .. pixels];
    }

    private static byte[] Gzip(byte[] content)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Optimal)) gzip.Write(content);
        return output.ToArray();
    }

    private string Write(string name, byte[] file)
    {
        string path = Path.Combine(_folder, name);
        File.WriteAllBytes(path, file);
        return path;
    }

    private static DataFileFormatException Fails(string path) => Assert.Throws<DataFileFormatException>(() => DigitImagesFile.Read(path));

    [Fact]
    public void Reads_labels_and_pixels_of_a_well_formed_file()
    {
        byte[] pixels = [0, 1, 2, 3, 4, 5, 250, 251, 252, 253, 254, 255];
        var images = DigitImagesFile.Read(Write("ok.gz", Gzip(Content("MNIST-U8", 2, 2, 3, [7, 0], pixels))));
        Assert.Equal((2, 2, 3), (images.Count, images.Height, images.Width));
        Assert.Equal([7, 0], images.Labels);
        Assert.Equal(pixels, images.Pixels);
        Assert.Equal([[250 / 255.0, 251 / 255.0, 252 / 255.0], [253 / 255.0, 254 / 255.0, 1.0]], images.Image(1));
        var data = images.ToDataset("tiny");
        Assert.Equal(["r0c0", "r0c1", "r0c2", "r1c0", "r1c1", "r1c2"], data.FeatureNames);
        Assert.Equal([0, 1 / 255.0, 2 / 255.0, 3 / 255.0, 4 / 255.0, 5 / 255.0], data.Features[0]);
    }

    [Fact]
    public void Missing_file_names_its_path()
    {
        var e = Assert.Throws<FileNotFoundException>(() => DigitImagesFile.Read(Path.Combine(_folder, "none.gz")));
        Assert.Contains("none.gz", e.Message);
    }

    [Fact]
    public void A_file_that_is_not_gzip_is_named_and_called_so()
    {
        string path = Write("plain.bin", Content("MNIST-U8", 1, 1, 1, [0], [0]));
        var e = Fails(path);
        Assert.Equal(path, e.FilePath);
        Assert.Equal($"{path}: not a gzip file (it does not start with the bytes 1f 8b)", e.Message);
    }

    [Fact]
    public void Bad_magic_is_a_bad_header()
    {
        string path = Write("magic.gz", Gzip(Content("MNIST-F4", 1, 1, 1, [0], [0])));
        Assert.Equal($"{path}: bad header: the file starts with 'MNIST-F4', expected 'MNIST-U8'", Fails(path).Message);
    }

    [Fact]
    public void A_zero_image_size_is_a_bad_header()
    {
        string path = Write("size.gz", Gzip(Content("MNIST-U8", 1, 0, 28, [0], [])));
        Assert.Equal("bad header: image size 0×28; height and width must be in 1..1024", Fails(path).Detail);
    }

    [Fact]
    public void A_short_header_is_truncated()
    {
        string path = Write("short.gz", Gzip(Encoding.ASCII.GetBytes("MNIST-U8\x01\0")));
        Assert.Equal("truncated: the header needs 20 bytes, the file holds 10", Fails(path).Detail);
    }

    [Fact]
    public void Missing_labels_or_pixels_are_truncated()
    {
        string labels = Write("labels.gz", Gzip(Content("MNIST-U8", 5, 2, 2, [1, 2], [])));
        Assert.Equal("truncated: 5 label bytes expected, 2 found", Fails(labels).Detail);
        string pixels = Write("pixels.gz", Gzip(Content("MNIST-U8", 2, 2, 2, [1, 2], [9, 9, 9])));
        Assert.Equal("truncated: 8 pixel bytes expected (2 images of 2×2), 3 found", Fails(pixels).Detail);
    }

    [Fact]
    public void A_cut_gzip_stream_is_an_error_naming_the_file()
    {
        byte[] whole = Gzip(Content("MNIST-U8", 50, 28, 28, new byte[50], Enumerable.Range(0, 50 * 784).Select(i => (byte)(i * 7)).ToArray()));
        string path = Write("cut.gz", whole[..(whole.Length / 2)]);
        var e = Fails(path);
        Assert.Equal(path, e.FilePath);
        Assert.True(e.Detail.StartsWith("truncated") || e.Detail.StartsWith("the gzip stream is corrupt"), e.Message);
    }

    [Fact]
    public void Bytes_after_the_last_image_are_an_error()
    {
        string path = Write("long.gz", Gzip(Content("MNIST-U8", 1, 1, 2, [3], [1, 2, 3])));
        Assert.Equal("1 bytes after the last image; the header announces 1 images of 1×2", Fails(path).Detail);
    }

    [Fact]
    public void A_label_above_9_names_the_image()
    {
        string path = Write("label.gz", Gzip(Content("MNIST-U8", 3, 1, 1, [4, 9, 12], [0, 0, 0])));
        Assert.Equal($"{path}: bad label: image 2 has label 12, labels must be 0..9", Fails(path).Message);
    }
}
