using Dashboard.Infrastructure.Persistence.Leases;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dashboard.Infrastructure.Persistence.Configurations;

internal sealed class LeaseRecordConfiguration : IEntityTypeConfiguration<LeaseRecord>
{
    public void Configure(EntityTypeBuilder<LeaseRecord> builder)
    {
        builder.ToTable("Leases");
        builder.HasKey(l => l.Name);
        builder.Property(l => l.Name).HasMaxLength(LeaseRecord.MaxNameLength);
        builder.Property(l => l.Owner).HasMaxLength(LeaseRecord.MaxOwnerLength).IsRequired();
        builder.Property(l => l.ExpiresAt).HasConversion(new UtcTicksConverter());
        builder.Property(l => l.Version).IsConcurrencyToken();
    }
}
