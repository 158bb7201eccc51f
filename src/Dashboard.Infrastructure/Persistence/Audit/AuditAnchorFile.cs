using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Dashboard.Domain.Audit;

namespace Dashboard.Infrastructure.Persistence.Audit;

/// <summary>
/// An append-only file outside the database holding the audit chain's head after every save, one line each:
/// <c>sequence TAB hash TAB HMAC-SHA256(key, "audit-anchor-v1\t{sequence}\t{hash}")</c>. Lines not signed with the audit key are
/// ignored, so a forged line cannot raise or lower the anchor; the newest signed line is the one the log must reach.
/// </summary>
public sealed class AuditAnchorFile(string path, AuditKey key)
{
    private const string Version = "audit-anchor-v1";
    private readonly SemaphoreSlim _writing = new(1, 1);

    public string Path { get; } = System.IO.Path.GetFullPath(path);

    public async Task AppendAsync(AuditEntry head, CancellationToken cancellationToken)
    {
        var line = string.Create(CultureInfo.InvariantCulture, $"{head.Sequence}\t{head.Hash}\t{Sign(head.Sequence, head.Hash)}\n");
        await _writing.WaitAsync(cancellationToken);
        try
        {
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
            await using var file = new FileStream(Path, FileMode.Append, FileAccess.Write, FileShare.Read);
            await file.WriteAsync(Encoding.UTF8.GetBytes(line), cancellationToken);
        }
        finally
        {
            _writing.Release();
        }
    }

    /// <summary>The highest signed anchor in the file, or null when there is no file or no signed line.</summary>
    public async Task<AuditAnchor?> LatestAsync(CancellationToken cancellationToken)
    {
        if (!File.Exists(Path)) return null;
        AuditAnchor? latest = null;
        foreach (var line in await File.ReadAllLinesAsync(Path, cancellationToken))
        {
            var parts = line.Split('\t');
            if (parts.Length != 3 || !long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var sequence)) continue;
            if (!CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Sign(sequence, parts[1])), Encoding.ASCII.GetBytes(parts[2]))) continue;
            if (latest is null || sequence > latest.Sequence) latest = new AuditAnchor(sequence, parts[1]);
        }
        return latest;
    }

    private string Sign(long sequence, string hash) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(key.Bytes, Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{Version}\t{sequence}\t{hash}"))));
}
