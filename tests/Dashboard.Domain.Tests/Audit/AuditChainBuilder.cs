using Dashboard.Domain.Audit;

namespace Dashboard.Domain.Tests.Audit;

/// <summary>Audit chains of any length, with entries that differ from each other in every field.</summary>
public static class AuditChainBuilder
{
    public static readonly DateTimeOffset Start = new(2026, 11, 20, 9, 0, 0, TimeSpan.Zero);

    public static List<AuditEntry> Chain(int count)
    {
        var chain = new AuditChain();
        return
        [
            .. Enumerable.Range(1, count).Select(i => chain.Append(
                Start.AddSeconds(i), $"user-{i % 7}", i % 2 == 0 ? "proposal.approve" : "proposal.edit", $"proposal/{i / 3}",
                $$"""{"value":"{{i}}"}""", $$"""{"value":"{{i + 1}}"}""")),
        ];
    }
}
