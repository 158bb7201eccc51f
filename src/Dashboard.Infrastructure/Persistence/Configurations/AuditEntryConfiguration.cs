using Dashboard.Domain.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dashboard.Infrastructure.Persistence.Configurations;

/// <summary>The append-only audit log: the sequence is the key, so two writers cannot both take the next number.</summary>
internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.ToTable("AuditEntries");
        builder.HasKey(e => e.Sequence);
        builder.Property(e => e.Sequence).ValueGeneratedNever();
        builder.Property(e => e.At).HasConversion(new UtcTicksConverter());
        builder.Property(e => e.Actor).HasMaxLength(AuditChain.MaxFieldLength).IsRequired();
        builder.Property(e => e.Action).HasMaxLength(AuditChain.MaxFieldLength).IsRequired();
        builder.Property(e => e.Subject).HasMaxLength(AuditChain.MaxFieldLength).IsRequired();
        builder.Property(e => e.PreviousHash).HasMaxLength(64).IsRequired();
        builder.Property(e => e.Hash).HasMaxLength(64).IsRequired();
        builder.HasIndex(e => e.Subject);
    }
}
