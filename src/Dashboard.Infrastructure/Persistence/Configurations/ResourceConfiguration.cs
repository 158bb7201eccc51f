using Dashboard.Domain.Catalog;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dashboard.Infrastructure.Persistence.Configurations;

internal sealed class ResourceConfiguration : IEntityTypeConfiguration<Resource>
{
    public void Configure(EntityTypeBuilder<Resource> builder)
    {
        builder.ToTable("Resources");
        builder.Property(r => r.Name).HasMaxLength(CatalogName.MaxLength).IsRequired();
        builder.HasIndex(r => r.Name).IsUnique();
        builder.Property(r => r.Kind).HasConversion<string>().HasMaxLength(32);
        builder.Property(r => r.OwnerTeam).HasMaxLength(CatalogName.MaxLength).IsRequired();
        builder.Property(r => r.Description).HasMaxLength(1000);
        builder.Ignore(r => r.Reconnect);
    }
}
