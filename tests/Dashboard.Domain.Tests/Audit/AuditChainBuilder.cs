using Dashboard.Domain.Audit;

namespace Dashboard.Domain.Tests.Audit;

/// <summary>Audit chains of any length, with entries that differ from each other in every field.</summary>
public static class AuditChainBuilder
{
    public static readonly DateTimeOffset Start = new(2026, 11, 20, 9, 0, 0, TimeSpan.Zero);
    /// <summary>A fixed audit key (32 bytes, 0x01 to 0x20), so hashes are the same on every run.</summary>
    public static readonly byte[] Key = [.. Enumerable.Range(1, 32).Select(i => (byte)i)];

    public static List<AuditEntry> Chain(int count)
    {
        var chain = new AuditChain(Key);
        return
        [
            .. Enumerable.Range(1, count).Select(i => chain.Append(
                Start.AddSeconds(i), $"user-{i % 7}", i % 2 == 0 ? "proposal.approve" : "proposal.edit", $"proposal/{i / 3}",
                $$"""{"value":"{{i}}"}""", $$"""{"value":"{{i + 1}}"}""")),
        ];
    }
}
