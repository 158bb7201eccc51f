using Dashboard.Domain.Catalog;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dashboard.Infrastructure.Persistence.Configurations;

internal sealed class ConfigStoreConfiguration : IEntityTypeConfiguration<ConfigStore>
{
    public void Configure(EntityTypeBuilder<ConfigStore> builder)
    {
        builder.ToTable("ConfigStores");
        builder.Property(s => s.Name).HasMaxLength(CatalogName.MaxLength).IsRequired();
        builder.HasIndex(s => s.Name).IsUnique();
        builder.Property(s => s.Kind).HasConversion<string>().HasMaxLength(32);
        builder.Property(s => s.Endpoint).HasMaxLength(ConfigStoreEndpoint.MaxLength);
        // Rows written before the column existed were reached with Entra ID (or a configured connection string).
        builder.Property(s => s.Authentication).HasConversion<string>().HasMaxLength(32).HasDefaultValue(ConfigStoreAuthentication.EntraId);
        builder.OwnsMany(s => s.Bindings, binding =>
        {
            binding.ToTable("ConfigStoreBindings");
            binding.WithOwner().HasForeignKey("ConfigStoreId");
            binding.HasKey("ConfigStoreId", nameof(ConfigStoreBinding.Environment));
            binding.Property(b => b.Environment).HasMaxLength(CatalogName.MaxLength);
            binding.Property(b => b.Label).HasMaxLength(ConfigStoreBinding.MaxLabelLength);
        });
        builder.Navigation(s => s.Bindings).HasField("_bindings");
    }
}
