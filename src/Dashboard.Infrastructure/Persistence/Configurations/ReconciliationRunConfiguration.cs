using Dashboard.Domain.Reconciliation;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dashboard.Infrastructure.Persistence.Configurations;

internal sealed class ReconciliationRunConfiguration : IEntityTypeConfiguration<ReconciliationRun>
{
    private const int NameLength = 256;
    private const int StateLength = 32;
    private const int IdLength = 128;

    public void Configure(EntityTypeBuilder<ReconciliationRun> builder)
    {
        builder.ToTable("ReconciliationRuns");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        // Every saved step bumps it, so the executor and an operator acting at once cannot both win.
        builder.Property<int>(EfUnitOfWork.VersionProperty).IsConcurrencyToken();
        builder.Ignore(r => r.Plan);
        builder.Ignore(r => r.Progress);
        builder.Ignore(r => r.RequiresApproval);
        builder.Ignore(r => r.IsApprovalValid);
        builder.Ignore(r => r.PauseReason);
        builder.Ignore(r => r.ResumesByItself);
        builder.Property(r => r.PreparedById).HasMaxLength(NameLength).IsRequired();
        builder.Property(r => r.PreparedByName).HasMaxLength(NameLength).IsRequired();
        builder.Property(r => r.Criteria).HasConversion(ReconciliationColumns.Criteria).IsRequired();
        builder.Property(r => r.Policy).HasConversion(ReconciliationColumns.Policy).IsRequired();
        builder.Property(r => r.State).HasConversion<string>().HasMaxLength(StateLength);
        builder.Property(r => r.CreatedAt).HasConversion(new UtcTicksConverter());
        builder.Property(r => r.StartedAt).HasConversion(new UtcTicksConverter());
        builder.Property(r => r.FinishedAt).HasConversion(new UtcTicksConverter());
        builder.Property(r => r.CancelReason).HasMaxLength(ReconciliationRun.MaxReasonLength);
        builder.Property(r => r.Approval).HasConversion(ReconciliationColumns.OptionalJson<RunApproval>(), ReconciliationColumns.Immutable<RunApproval>());

        builder.OwnsMany(r => r.Items, items =>
        {
            items.ToTable("ReconciliationItems");
            items.WithOwner().HasForeignKey(i => i.RunId);
            items.HasKey(i => new { i.RunId, i.Position });
            items.Property(i => i.Position).ValueGeneratedNever();
            items.Ignore(i => i.Steps);
            items.Ignore(i => i.EffectiveActions);
            items.Ignore(i => i.IsActionable);
            items.Ignore(i => i.NextStep);
            items.Ignore(i => i.HasStarted);
            items.Property(i => i.TransactionId).HasMaxLength(IdLength).IsRequired();
            items.Property(i => i.OrderId).HasMaxLength(IdLength).IsRequired();
            items.Property(i => i.MerchantReference).HasMaxLength(IdLength).IsRequired();
            items.Property(i => i.GatewayReference).HasMaxLength(IdLength);
            items.Property(i => i.Currency).HasMaxLength(3).IsRequired();
            items.Property(i => i.LedgerVersion).HasMaxLength(IdLength).IsRequired();
            items.Property(i => i.Ledger).HasConversion(ReconciliationColumns.Json<LedgerSnapshot>(), ReconciliationColumns.Immutable<LedgerSnapshot>()).IsRequired();
            items.Property(i => i.Gateway).HasConversion(ReconciliationColumns.Json<GatewaySnapshot>(), ReconciliationColumns.Immutable<GatewaySnapshot>()).IsRequired();
            items.Property(i => i.Proposed).HasConversion(ReconciliationColumns.Json<Classification>(), ReconciliationColumns.Immutable<Classification>()).IsRequired();
            items.Property(i => i.Override).HasConversion(ReconciliationColumns.OptionalJson<ActionOverride>(), ReconciliationColumns.Immutable<ActionOverride>());
            // The column keeps its first name, so databases created before the rename need no migration.
            items.Property(i => i.Resolution).HasColumnName("Result").HasConversion(ReconciliationColumns.OptionalJson<ItemResult>(), ReconciliationColumns.Immutable<ItemResult>());
            items.Property(i => i.ExclusionReason).HasMaxLength(ReconciliationRun.MaxReasonLength);
            items.Property<List<ItemStep>>("_steps").HasColumnName("Steps")
                .HasConversion(ReconciliationColumns.Json<List<ItemStep>>(), ReconciliationColumns.Steps).IsRequired();
        });
        builder.Navigation(r => r.Items).UsePropertyAccessMode(PropertyAccessMode.Field);

        builder.OwnsMany(r => r.Events, events =>
        {
            events.ToTable("ReconciliationRunEvents");
            events.WithOwner().HasForeignKey("RunId");
            events.HasKey("RunId", nameof(ReconciliationRunEvent.Sequence));
            events.Property(e => e.Sequence).ValueGeneratedNever();
            events.Property(e => e.At).HasConversion(new UtcTicksConverter());
            events.Property(e => e.ActorId).HasMaxLength(NameLength).IsRequired();
            events.Property(e => e.ActorName).HasMaxLength(NameLength).IsRequired();
            events.Property(e => e.Kind).HasConversion<string>().HasMaxLength(StateLength);
            events.Property(e => e.Description).IsRequired();
            events.Property(e => e.PlanHash).HasMaxLength(64);
        });
        builder.Navigation(r => r.Events).UsePropertyAccessMode(PropertyAccessMode.Field);

        builder.HasIndex(r => r.CreatedAt);
        builder.HasIndex(r => new { r.State, r.CreatedAt });
    }
}
