using Dashboard.Domain.Audit;
using Dashboard.Application.Audit;

namespace Dashboard.Web.Model;

/// <summary>The audit log page: the newest entries, and a check that nobody altered, removed or reordered any.</summary>
public sealed class AuditLogViewModel(IAuditLog audit)
{
    public const int PageSize = 50;

    public IReadOnlyList<AuditEntry> Entries { get; private set; } = [];
    public AuditVerification? Verification { get; private set; }

    public async Task LoadAsync(CancellationToken cancellationToken) =>
        Entries = await audit.PageAsync(1, PageSize, cancellationToken);

    public async Task VerifyAsync(CancellationToken cancellationToken) =>
        Verification = await audit.VerifyAsync(cancellationToken);
}
