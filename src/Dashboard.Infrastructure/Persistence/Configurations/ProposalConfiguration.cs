using Dashboard.Domain.Proposals;
using Dashboard.Infrastructure.ConfigStores;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dashboard.Infrastructure.Persistence.Configurations;

internal sealed class ProposalConfiguration : IEntityTypeConfiguration<Proposal>
{
    /// <summary>The shadow concurrency token: every saved step bumps it, so of two people acting at once only the first succeeds.</summary>
    public const string VersionProperty = EfUnitOfWork.VersionProperty;
    private const int NameLength = 256;
    private const int StateLength = 32;

    public void Configure(EntityTypeBuilder<Proposal> builder)
    {
        builder.ToTable("Proposals");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property<int>(VersionProperty).IsConcurrencyToken();
        // Audit records are written by the unit of work as audit entries, not stored with the proposal.
        builder.Ignore(p => p.PendingAuditRecords);
        builder.Ignore(p => p.IsSecret);
        builder.Property(p => p.AuthorId).HasMaxLength(NameLength).IsRequired();
        builder.Property(p => p.AuthorName).HasMaxLength(NameLength).IsRequired();
        builder.Property(p => p.Reason).HasMaxLength(Proposal.MaxReasonLength).IsRequired();
        builder.Property(p => p.ClosingReason).HasMaxLength(Proposal.MaxReasonLength);
        builder.Property(p => p.State).HasConversion<string>().HasMaxLength(StateLength);
        // Stored as UTC ticks so SQLite can order by it (it cannot ORDER BY a DateTimeOffset).
        builder.Property(p => p.CreatedAt).HasConversion(new UtcTicksConverter());

        // Owned rather than complex: EF cannot index a complex type's column, and the list filters by key.
        builder.OwnsOne(p => p.Target, target =>
        {
            target.Property(t => t.Store).HasColumnName("Store").HasMaxLength(NameLength).IsRequired();
            target.Property(t => t.Key).HasColumnName("Key").HasMaxLength(SettingLimits.MaxKeyLength).IsRequired();
            target.Property(t => t.StagingLabel).HasColumnName("StagingLabel").HasMaxLength(SettingLimits.MaxLabelLength);
            target.Property(t => t.ProductionLabel).HasColumnName("ProductionLabel").HasMaxLength(SettingLimits.MaxLabelLength);
            target.HasIndex(t => t.Key);
        });
        builder.Navigation(p => p.Target).IsRequired();
        builder.ComplexProperty(p => p.ProposedValue, value =>
        {
            value.Property(v => v.Value).HasColumnName("ProposedValue");
            value.Property(v => v.ContentType).HasColumnName("ProposedContentType").HasMaxLength(SettingLimits.MaxContentTypeLength);
            value.Property(v => v.IsDelete).HasColumnName("ProposedDelete");
        });
        builder.ComplexProperty(p => p.BlastRadius, radius =>
        {
            radius.Property(r => r.SerializedText).HasColumnName("BlastRadius").IsRequired();
            radius.Property(r => r.RiskLevel).HasColumnName("BlastRadiusRisk").HasMaxLength(StateLength).IsRequired();
            radius.Property(r => r.Hash).HasColumnName("BlastRadiusHash").HasMaxLength(64).IsRequired();
        });
        builder.Property(p => p.RollbackETag).HasMaxLength(SettingLimits.MaxETagLength);
        MapObserved(builder, p => p.StagingBase, "StagingBase");
        MapObserved(builder, p => p.ProductionBase, "ProductionBase");

        Json(builder, p => p.StagingConflict);
        Json(builder, p => p.StagingApply);
        Json(builder, p => p.StagingVerification);
        Json(builder, p => p.VerificationOverride);
        Json(builder, p => p.Approval);
        builder.Property(p => p.Approvals).HasConversion(JsonColumn.ListConverter<ProposalApproval>(), JsonColumn.ListComparer<ProposalApproval>()).IsRequired();
        Json(builder, p => p.SubmittedRules);
        builder.Property(p => p.OwningTeams).HasConversion(JsonColumn.ListConverter<OwningTeam>(), JsonColumn.ListComparer<OwningTeam>())
            .IsRequired().HasDefaultValueSql("'[]'");
        Json(builder, p => p.ProductionApply);
        Json(builder, p => p.Claim);
        builder.Property(p => p.ClaimedAt).HasConversion(new UtcTicksConverter());

        builder.OwnsMany(p => p.Events, events =>
        {
            events.ToTable("ProposalEvents");
            events.WithOwner().HasForeignKey("ProposalId");
            events.HasKey("ProposalId", nameof(ProposalEvent.Sequence));
            events.Property(e => e.Sequence).ValueGeneratedNever();
            events.Property(e => e.ActorId).HasMaxLength(NameLength).IsRequired();
            events.Property(e => e.ActorName).HasMaxLength(NameLength).IsRequired();
            events.Property(e => e.Action).HasConversion<string>().HasMaxLength(StateLength);
            events.Property(e => e.From).HasConversion<string>().HasMaxLength(StateLength);
            events.Property(e => e.To).HasConversion<string>().HasMaxLength(StateLength);
            events.Property(e => e.Description).IsRequired();
            events.Property(e => e.BlastRadiusHash).HasMaxLength(64).IsRequired();
        });
        builder.Navigation(p => p.Events).UsePropertyAccessMode(PropertyAccessMode.Field);

        builder.HasIndex(p => p.CreatedAt);
        builder.HasIndex(p => p.ClaimedAt);
        builder.HasIndex(p => new { p.State, p.CreatedAt });
        builder.HasIndex(p => new { p.AuthorId, p.CreatedAt });
    }

    private static void MapObserved(EntityTypeBuilder<Proposal> builder, System.Linq.Expressions.Expression<Func<Proposal, ObservedSetting?>> property, string prefix) =>
        builder.ComplexProperty(property, observed =>
        {
            observed.Property(o => o.Value).HasColumnName(prefix + "Value");
            observed.Property(o => o.ContentType).HasColumnName(prefix + "ContentType").HasMaxLength(SettingLimits.MaxContentTypeLength);
            observed.Property(o => o.ETag).HasColumnName(prefix + "ETag").HasMaxLength(SettingLimits.MaxETagLength);
        });

    private static void Json<T>(EntityTypeBuilder<Proposal> builder, System.Linq.Expressions.Expression<Func<Proposal, T?>> property) where T : class =>
        builder.Property(property).HasConversion(JsonColumn.Converter<T>(), JsonColumn.Comparer<T>());
}
