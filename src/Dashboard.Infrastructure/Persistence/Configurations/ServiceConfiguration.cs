using Dashboard.Domain.Catalog;
using Dashboard.Domain.Health;
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
        // Grows with every saved change: an edit made from an older version is refused instead of overwriting unseen.
        builder.Property<int>(EfUnitOfWork.VersionProperty).IsConcurrencyToken();
        builder.Property(s => s.OwnerTeam).HasMaxLength(CatalogName.MaxLength).IsRequired();
        builder.Property(s => s.Kind).HasConversion<string>().HasMaxLength(32);
        builder.Property(s => s.Lifecycle).HasConversion<string>().HasMaxLength(32);
        builder.Property(s => s.Description).HasMaxLength(Service.MaxDescriptionLength);
        builder.Property(s => s.SourcePath).HasMaxLength(Service.MaxSourcePathLength);
        builder.Property(s => s.ConfigStore).HasMaxLength(CatalogName.MaxLength);
        // A JSON array column (EF Core primitive collection): the filters are only ever read with their service,
        // and both providers can still query into it (OPENJSON, json_each) if a report ever needs to.
        builder.PrimitiveCollection(s => s.DeclaredConfigKeys).HasField("_declaredConfigKeys").IsRequired();
        // Only ever read whole with the service: one JSON column, null when the service uses the default thresholds.
        builder.Property(s => s.HealthThresholdOverrides)
            .HasConversion(JsonColumn.Converter<HealthThresholdOverrides>(), JsonColumn.Comparer<HealthThresholdOverrides>())
            .HasMaxLength(1000);
        builder.Ignore(s => s.HealthThresholds);
        builder.OwnsMany(s => s.Endpoints, endpoint =>
        {
            endpoint.ToTable("ServiceEndpoints");
            endpoint.WithOwner().HasForeignKey("ServiceId");
            endpoint.HasKey("ServiceId", nameof(ServiceEndpoint.Environment));
            endpoint.Property(e => e.Environment).HasMaxLength(CatalogName.MaxLength);
            endpoint.Property(e => e.BaseUrl).HasMaxLength(2048);
            endpoint.Property(e => e.LivenessPath).HasMaxLength(256);
            endpoint.Property(e => e.ReadinessPath).HasMaxLength(256);
            endpoint.PrimitiveCollection(e => e.InstanceUrls).HasField("_instanceUrls").IsRequired();
            endpoint.Ignore(e => e.ProbedInstances);
        });
        builder.Navigation(s => s.Endpoints).HasField("_endpoints");
    }
}
