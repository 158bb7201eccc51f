using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dashboard.Infrastructure.Persistence.Configurations;

internal sealed class LeaseConfiguration : IEntityTypeConfiguration<Lease>
{
    public const int NameLength = 200;

    public void Configure(EntityTypeBuilder<Lease> builder)
    {
        builder.ToTable("Leases");
        builder.HasKey(l => l.Name);
        builder.Property(l => l.Name).HasMaxLength(NameLength);
        builder.Property(l => l.Holder).HasMaxLength(NameLength).IsRequired();
        builder.Property(l => l.ExpiresAt).HasConversion(new UtcTicksConverter());
        builder.Property(l => l.Version).IsConcurrencyToken();
    }
}
