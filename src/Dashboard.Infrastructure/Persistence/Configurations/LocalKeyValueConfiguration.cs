using Dashboard.Domain.Catalog;
using Dashboard.Infrastructure.ConfigStores;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dashboard.Infrastructure.Persistence.Configurations;

internal sealed class LocalKeyValueConfiguration : IEntityTypeConfiguration<LocalKeyValue>
{
    public void Configure(EntityTypeBuilder<LocalKeyValue> builder)
    {
        builder.ToTable("LocalKeyValues");
        builder.Property(k => k.StoreName).HasMaxLength(CatalogName.MaxLength).IsRequired();
        builder.Property(k => k.Key).HasMaxLength(SettingLimits.MaxKeyLength).IsRequired();
        builder.Property(k => k.Label).HasMaxLength(SettingLimits.MaxLabelLength).IsRequired();
        builder.Property(k => k.ContentType).HasMaxLength(SettingLimits.MaxContentTypeLength);
        builder.Property(k => k.Tags).IsRequired();
        // The check-and-write of a conditional change happens in the UPDATE/DELETE itself: WHERE ... AND ETag = @read.
        builder.Property(k => k.ETag).HasMaxLength(SettingLimits.MaxETagLength).IsRequired().IsConcurrencyToken();
        builder.Property(k => k.LastModifiedBy).HasMaxLength(SettingLimits.MaxActorLength).IsRequired();
        builder.HasIndex(k => new { k.StoreName, k.Key, k.Label }).IsUnique();
    }
}
