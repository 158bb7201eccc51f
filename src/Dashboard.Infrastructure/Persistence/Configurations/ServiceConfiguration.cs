using Dashboard.Domain.Catalog;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dashboard.Infrastructure.Persistence.Configurations;

internal sealed class ServiceConfiguration : IEntityTypeConfiguration<Service>
{
    public void Configure(EntityTypeBuilder<Service> builder)
    {
        builder.ToTable("Services");
        builder.Property(s => s.Name).HasMaxLength(CatalogName.MaxLength).IsRequired();
        builder.HasIndex(s => s.Name).IsUnique();
        builder.Property(s => s.OwnerTeam).HasMaxLength(CatalogName.MaxLength).IsRequired();
        builder.Property(s => s.Kind).HasConversion<string>().HasMaxLength(32);
        builder.Property(s => s.Lifecycle).HasConversion<string>().HasMaxLength(32);
        builder.Property(s => s.Description).HasMaxLength(1000);
        builder.OwnsMany(s => s.Endpoints, endpoint =>
        {
            endpoint.ToTable("ServiceEndpoints");
            endpoint.WithOwner().HasForeignKey("ServiceId");
            endpoint.HasKey("ServiceId", nameof(ServiceEndpoint.Environment));
            endpoint.Property(e => e.Environment).HasMaxLength(CatalogName.MaxLength);
            endpoint.Property(e => e.BaseUrl).HasMaxLength(2048);
            endpoint.Property(e => e.LivenessPath).HasMaxLength(256);
            endpoint.Property(e => e.ReadinessPath).HasMaxLength(256);
        });
        builder.Navigation(s => s.Endpoints).HasField("_endpoints");
    }
}
