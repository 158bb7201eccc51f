using Dashboard.Domain.Reconciliation;
using Dashboard.Infrastructure.Persistence.Configurations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Dashboard.Infrastructure.Ledger;

/// <summary>
/// The billing service's own database, not the dashboard's. Each provider has a derived context that owns its migrations
/// (<see cref="SqliteLedgerDbContext"/>, <see cref="SqlServerLedgerDbContext"/>). The model is built here, not from the
/// assembly's entity configurations, which belong to the dashboard's database.
/// </summary>
public abstract class LedgerDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<LedgerOrder> Orders => Set<LedgerOrder>();
    public DbSet<PaymentAttempt> PaymentAttempts => Set<PaymentAttempt>();
    public DbSet<BillingConfirmation> BillingConfirmations => Set<BillingConfirmation>();
    public DbSet<LedgerCorrectionEntry> Corrections => Set<LedgerCorrectionEntry>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        var ticks = new UtcTicksConverter();
        var ledgerState = new ValueConverter<LedgerState, string>(s => s.ToWire(), s => ReconciliationVocabulary.ParseLedgerState(s));
        var orderState = new ValueConverter<OrderState, string>(s => s.ToWire(), s => ReconciliationVocabulary.ParseOrderState(s));

        modelBuilder.Entity<LedgerOrder>(order =>
        {
            order.ToTable("Orders");
            order.Property(o => o.OrderNumber).HasMaxLength(64);
            order.HasIndex(o => o.OrderNumber).IsUnique();
            order.Property(o => o.State).HasConversion(orderState).HasMaxLength(24);
            order.Property(o => o.Currency).HasMaxLength(3);
            order.Property(o => o.CreatedAt).HasConversion(ticks);
            order.Property(o => o.UpdatedAt).HasConversion(ticks);
            order.Property(o => o.Version).IsConcurrencyToken();
        });
        modelBuilder.Entity<PaymentAttempt>(attempt =>
        {
            attempt.ToTable("PaymentAttempts");
            attempt.Property(a => a.IdempotencyKey).HasMaxLength(100);
            attempt.HasIndex(a => a.IdempotencyKey).IsUnique();
            attempt.Property(a => a.GatewayReference).HasMaxLength(100);
            attempt.HasIndex(a => a.GatewayReference);
            attempt.Property(a => a.MerchantReference).HasMaxLength(64);
            attempt.Property(a => a.Currency).HasMaxLength(3);
            attempt.Property(a => a.State).HasConversion(ledgerState).HasMaxLength(16);
            attempt.Property(a => a.AttemptedAt).HasConversion(ticks);
            attempt.Property(a => a.UpdatedAt).HasConversion(ticks);
            attempt.Property(a => a.Version).IsConcurrencyToken();
            attempt.HasOne<LedgerOrder>().WithMany().HasForeignKey(a => a.OrderId);
            // Find: one covering index per leading filter (state, currency, else attempt time), each holding every column a Find
            // filters on, so the count over a wide window reads the index alone instead of looking up a million rows.
            attempt.HasIndex(a => new { a.State, a.AttemptedAt, a.Currency, a.Amount });
            attempt.HasIndex(a => new { a.Currency, a.AttemptedAt, a.Amount, a.State });
            attempt.HasIndex(a => new { a.AttemptedAt, a.Currency, a.Amount, a.State });
            attempt.HasIndex(a => a.OrderId);
        });
        modelBuilder.Entity<BillingConfirmation>(confirmation =>
        {
            confirmation.ToTable("BillingConfirmations");
            confirmation.HasIndex(c => c.OrderId).IsUnique();
            confirmation.HasIndex(c => c.PaymentAttemptId);
            confirmation.Property(c => c.ConfirmedAt).HasConversion(ticks);
            confirmation.HasOne<LedgerOrder>().WithMany().HasForeignKey(c => c.OrderId);
            confirmation.HasOne<PaymentAttempt>().WithMany().HasForeignKey(c => c.PaymentAttemptId);
        });
        modelBuilder.Entity<LedgerCorrectionEntry>(correction =>
        {
            correction.ToTable("LedgerCorrections");
            correction.Property(c => c.IdempotencyKey).HasMaxLength(255);
            correction.HasIndex(c => c.IdempotencyKey).IsUnique();
            correction.Property(c => c.Kind).HasConversion<string>().HasMaxLength(32);
            correction.Property(c => c.Reason).HasMaxLength(2000);
            correction.Property(c => c.AppliedAt).HasConversion(ticks);
            correction.HasOne<PaymentAttempt>().WithMany().HasForeignKey(c => c.PaymentAttemptId);
        });
    }
}
