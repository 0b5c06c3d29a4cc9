using System.Text;

namespace Descent.Course.Classroom.Isolation;

/// <summary>
/// Reads lines from a child's output without trusting it: a line longer than <see cref="MaxLineLength"/> is dropped
/// rather than buffered, so a cell that prints gigabytes cannot exhaust the grader's memory.
/// </summary>
public static class BoundedLineReader
{
    /// <summary>Longest line kept, in characters.</summary>
    public const int MaxLineLength = 1 << 20;

    /// <summary>Calls <paramref name="onLine"/> for each line of <paramref name="reader"/> up to its end.</summary>
    public static async Task ReadAsync(TextReader reader, Action<string> onLine, CancellationToken cancellationToken = default)
    {
        var buffer = new char[16 * 1024];
        var line = new StringBuilder();
        var overlong = false;
        int read;
        while ((read = await reader.ReadAsync(buffer.AsMemory(), cancellationToken)) > 0)
        {
            for (var i = 0; i < read; i++)
            {
                var c = buffer[i];
                if (c == '\n')
                {
                    if (!overlong)
                    {
                        onLine(line.ToString().TrimEnd('\r'));
                    }

                    line.Clear();
                    overlong = false;
                }
                else if (!overlong)
                {
                    line.Append(c);
                    if (line.Length > MaxLineLength)
                    {
                        line.Clear();
                        overlong = true;
                    }
                }
            }
        }

        if (!overlong && line.Length > 0)
        {
            onLine(line.ToString());
        }
    }

    /// <summary>The first <paramref name="limit"/> characters of <paramref name="reader"/>; the rest is read and discarded.</summary>
    public static async Task<string> ReadHeadAsync(TextReader reader, int limit, CancellationToken cancellationToken = default)
    {
        var buffer = new char[16 * 1024];
        var head = new StringBuilder();
        int read;
        while ((read = await reader.ReadAsync(buffer.AsMemory(), cancellationToken)) > 0)
        {
            if (head.Length < limit)
            {
                head.Append(buffer, 0, Math.Min(read, limit - head.Length));
            }
        }

        return head.ToString();
    }
}
