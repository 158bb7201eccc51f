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
        builder.Property(s => s.Description).HasMaxLength(Service.MaxDescriptionLength);
        builder.Property(s => s.SourcePath).HasMaxLength(Service.MaxSourcePathLength);
        builder.Property(s => s.ConfigStore).HasMaxLength(CatalogName.MaxLength);
        // A JSON array column (EF Core primitive collection): the filters are only ever read with their service,
        // and both providers can still query into it (OPENJSON, json_each) if a report ever needs to.
        builder.PrimitiveCollection(s => s.DeclaredConfigKeys).HasField("_declaredConfigKeys").IsRequired();
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
