using System.Text.Json;
using System.Text.Json.Serialization;
using Dashboard.Domain.Audit;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Infrastructure.Persistence.Audit;

/// <summary>
/// The one writer of the audit log: chains records after the newest stored entry and adds them to the context, so they are
/// saved in the same transaction as the change they describe. Secret values are replaced by a keyed hash before they are
/// chained; fields are cut to the chain's limits.
/// </summary>
public sealed class AuditWriter(AuditKey key, AuditAnchorFile? anchor = null)
{
    private static readonly JsonSerializerOptions SideJson = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public async Task<IReadOnlyList<AuditEntry>> AppendAsync(DashboardDbContext db, IReadOnlyList<AuditRecord> records, CancellationToken cancellationToken)
    {
        if (records.Count == 0) return [];
        var last = await db.AuditEntries.AsNoTracking().OrderByDescending(e => e.Sequence).FirstOrDefaultAsync(cancellationToken);
        var chain = AuditChain.Resume(last, key.Bytes);
        List<AuditEntry> entries = [.. records.Select(record => chain.Append(record.At, Cut(record.Actor), Cut(record.Action), Cut(record.Subject),
            Serialize(record.Before, record.ValuesAreSecret), Serialize(record.After, record.ValuesAreSecret)))];
        db.AuditEntries.AddRange(entries);
        return entries;
    }

    /// <summary>After the entries are saved: writes the chain's new head to the anchor file, when one is configured.</summary>
    public async Task AnchorAsync(IReadOnlyList<AuditEntry> saved, CancellationToken cancellationToken)
    {
        if (anchor is null || saved.Count == 0) return;
        await anchor.AppendAsync(saved.MaxBy(e => e.Sequence)!, cancellationToken);
    }

    private string? Serialize(AuditSide? side, bool secret)
    {
        if (side is null) return null;
        if (secret && side.Value is not null) side = side with { Value = key.HashOf(side.Value) };
        return JsonSerializer.Serialize(side, SideJson);
    }

    private static string Cut(string text) => text.Length <= AuditChain.MaxFieldLength ? text : text[..AuditChain.MaxFieldLength];
}
