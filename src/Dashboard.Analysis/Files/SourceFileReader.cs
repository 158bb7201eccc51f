using System.Buffers;
using System.Text;

namespace Dashboard.Analysis.Files;

/// <summary>
/// Reads one source file as text: at most the size limit (a file that grew after it was listed is cut off and
/// reported), UTF-16 when it starts with a UTF-16 byte-order mark, otherwise UTF-8. Bytes that are not valid UTF-8
/// become U+FFFD and the first one is reported with its line, so the rest of the file is still read.
/// </summary>
internal static class SourceFileReader
{
    public sealed record Result(string? Text, FileProblem? Problem);

    // Synchronous on purpose: files are read on the scan's worker threads, one each, and a sync read of a local file
    // is cheaper than an async one.
    public static Result Read(string relativePath, string fullPath, long maxBytes, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        byte[] bytes;
        try
        {
            using var stream = new FileStream(fullPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1, FileOptions.SequentialScan);
            bytes = ReadAtMost(stream, maxBytes + 1);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException or System.Security.SecurityException)
        {
            return new Result(null, new FileProblem(relativePath, null, $"could not be read ({error.Message}); it was not scanned."));
        }
        if (bytes.Length > maxBytes)
            return new Result(null, new FileProblem(relativePath, null,
                $"grew past the {FileTreeWalker.Megabytes(maxBytes)} limit per file while it was being read; it was not scanned."));
        var (text, invalidLine) = Decode(bytes);
        var problem = invalidLine is { } line
            ? new FileProblem(relativePath, line, "holds bytes that are not valid UTF-8 (the first on this line); they were read as U+FFFD and the rest of the file was scanned.")
            : null;
        return new Result(text, problem);
    }

    /// <summary>The text, and the 1-based line of the first invalid UTF-8 byte if there is one.</summary>
    public static (string Text, int? InvalidLine) Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
            return (Encoding.Unicode.GetString(bytes[2..]), null);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
            return (Encoding.BigEndianUnicode.GetString(bytes[2..]), null);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            bytes = bytes[3..];
        var invalidAt = FirstInvalidUtf8(bytes);
        var line = invalidAt < 0 ? (int?)null : bytes[..invalidAt].Count((byte)'\n') + 1;
        return (Encoding.UTF8.GetString(bytes), line);
    }

    private static int FirstInvalidUtf8(ReadOnlySpan<byte> bytes)
    {
        if (System.Text.Unicode.Utf8.IsValid(bytes))
            return -1;
        var offset = 0;
        while (offset < bytes.Length)
        {
            if (Rune.DecodeFromUtf8(bytes[offset..], out _, out var consumed) != OperationStatus.Done)
                return offset;
            offset += consumed;
        }
        return -1;
    }

    private static byte[] ReadAtMost(Stream stream, long limit)
    {
        using var buffer = new MemoryStream();
        var chunk = ArrayPool<byte>.Shared.Rent(64 * 1024);
        try
        {
            int read;
            while (buffer.Length < limit && (read = stream.Read(chunk, 0, (int)Math.Min(chunk.Length, limit - buffer.Length))) > 0)
                buffer.Write(chunk, 0, read);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }
        return buffer.ToArray();
    }
}
