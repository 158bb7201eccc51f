using Dashboard.Domain.Catalog;
using Dashboard.Infrastructure.ConfigStores;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dashboard.Infrastructure.Persistence.Configurations;

internal sealed class LocalKeyValueRevisionConfiguration : IEntityTypeConfiguration<LocalKeyValueRevision>
{
    public void Configure(EntityTypeBuilder<LocalKeyValueRevision> builder)
    {
        builder.ToTable("LocalKeyValueRevisions");
        builder.Property(r => r.StoreName).HasMaxLength(CatalogName.MaxLength).IsRequired();
        builder.Property(r => r.Key).HasMaxLength(SettingLimits.MaxKeyLength).IsRequired();
        builder.Property(r => r.Label).HasMaxLength(SettingLimits.MaxLabelLength).IsRequired();
        builder.Property(r => r.Change).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.ContentType).HasMaxLength(SettingLimits.MaxContentTypeLength);
        builder.Property(r => r.Tags).IsRequired();
        builder.Property(r => r.ETag).HasMaxLength(SettingLimits.MaxETagLength).IsRequired();
        builder.Property(r => r.Actor).HasMaxLength(SettingLimits.MaxActorLength).IsRequired();
        builder.HasIndex(r => new { r.StoreName, r.Key, r.Label, r.Timestamp });
    }
}
