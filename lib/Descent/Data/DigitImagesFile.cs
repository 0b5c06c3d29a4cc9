using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace Descent.Data;

/// <summary>
/// The course's file of digit images (data/mnist.bin.gz, see data/README.md): a gzip stream holding
/// a 20-byte header — the 8 ASCII bytes "MNIST-U8", then the image count n, the height H and the width W as
/// little-endian uint32 — then n label bytes (0 … 9), then n·H·W pixel bytes (image after image, row-major).
/// Every problem is a <see cref="DataFileFormatException"/> that names the file and says what is wrong.
/// </summary>
public static class DigitImagesFile
{
    /// <summary>The 8 bytes a file starts with once decompressed.</summary>
    public const string Magic = "MNIST-U8";

    private const int HeaderLength = 20;

    /// <summary>Reads the file at <paramref name="path"/>.</summary>
    /// <exception cref="FileNotFoundException">There is no file at <paramref name="path"/>.</exception>
    /// <exception cref="DataFileFormatException">The file is not gzip, is truncated or too long, has a bad header or a bad label.</exception>
    public static DigitImages Read(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (!File.Exists(path))
            throw new FileNotFoundException($"Digit images file not found: '{path}' (full path '{Path.GetFullPath(path)}').", path);
        return Parse(File.ReadAllBytes(path), path);
    }

    /// <summary>Parses the gzip-compressed <paramref name="file"/> bytes; <paramref name="path"/> is only used in error messages.</summary>
    public static DigitImages Parse(byte[] file, string path = "<bytes>")
    {
        ArgumentNullException.ThrowIfNull(file);
        byte[] content = Decompress(file, path);
        if (content.Length < HeaderLength)
            throw new DataFileFormatException(path, $"truncated: the header needs {HeaderLength} bytes, the file holds {content.Length}");
        string magic = Encoding.ASCII.GetString(content, 0, Magic.Length);
        if (magic != Magic)
            throw new DataFileFormatException(path, $"bad header: the file starts with '{Printable(magic)}', expected '{Magic}'");
        uint count = BinaryPrimitives.ReadUInt32LittleEndian(content.AsSpan(8));
        uint height = BinaryPrimitives.ReadUInt32LittleEndian(content.AsSpan(12));
        uint width = BinaryPrimitives.ReadUInt32LittleEndian(content.AsSpan(16));
        if (height is 0 or > 1024 || width is 0 or > 1024)
            throw new DataFileFormatException(path, $"bad header: image size {height}×{width}; height and width must be in 1..1024");

        long pixelCount = (long)count * height * width;
        long expected = HeaderLength + count + pixelCount;
        if (content.Length < HeaderLength + (long)count)
            throw new DataFileFormatException(path, $"truncated: {count} label bytes expected, {content.Length - HeaderLength} found");
        if (content.Length < expected)
            throw new DataFileFormatException(path,
                $"truncated: {pixelCount} pixel bytes expected ({count} images of {height}×{width}), {content.Length - HeaderLength - count} found");
        if (content.Length > expected)
            throw new DataFileFormatException(path, $"{content.Length - expected} bytes after the last image; the header announces {count} images of {height}×{width}");

        var labels = new int[count];
        for (int i = 0; i < labels.Length; i++)
        {
            labels[i] = content[HeaderLength + i];
            if (labels[i] >= DigitImages.ClassCount)
                throw new DataFileFormatException(path, $"bad label: image {i} has label {labels[i]}, labels must be 0..9");
        }
        byte[] pixels = content.AsSpan(HeaderLength + (int)count).ToArray();
        return new DigitImages((int)height, (int)width, labels, pixels);
    }

    private static byte[] Decompress(byte[] file, string path)
    {
        if (file.Length < 2 || file[0] != 0x1f || file[1] != 0x8b)
            throw new DataFileFormatException(path, "not a gzip file (it does not start with the bytes 1f 8b)");
        try
        {
            using var input = new GZipStream(new MemoryStream(file), CompressionMode.Decompress);
            using var output = new MemoryStream();
            input.CopyTo(output);
            return output.ToArray();
        }
        catch (InvalidDataException e)
        {
            throw new DataFileFormatException(path, $"the gzip stream is corrupt or truncated ({e.Message})", e);
        }
    }

    private static string Printable(string text) =>
        new(text.Select(c => c is >= ' ' and <= '~' ? c : '?').ToArray());
}
