using Dashboard.Domain.Catalog;
using Dashboard.Domain.ChangeWatch;
using Dashboard.Infrastructure.ConfigStores;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dashboard.Infrastructure.Persistence.Configurations;

/// <summary>
/// One row per watched store and one per key-value it held at the last look. <see cref="StoreSnapshot.Version"/> is a
/// concurrency token: of several dashboard instances advancing the same snapshot, one saves and the others' saves fail,
/// so a change is recorded by exactly one of them.
/// </summary>
internal sealed class StoreSnapshotConfiguration : IEntityTypeConfiguration<StoreSnapshot>
{
    public void Configure(EntityTypeBuilder<StoreSnapshot> builder)
    {
        builder.ToTable("StoreSnapshots");
        builder.HasKey(s => s.Store);
        builder.Property(s => s.Store).HasMaxLength(CatalogName.MaxLength);
        builder.Property(s => s.Version).IsConcurrencyToken();
        builder.Property(s => s.TakenAt).HasConversion(new UtcTicksConverter());
        builder.OwnsMany(s => s.Entries, entry =>
        {
            entry.ToTable("StoreSnapshotEntries");
            entry.WithOwner().HasForeignKey("Store");
            entry.Property<long>("Id").ValueGeneratedOnAdd();
            entry.HasKey("Id");
            entry.Property(e => e.Key).HasMaxLength(SettingLimits.MaxKeyLength).IsRequired();
            entry.Property(e => e.Label).HasMaxLength(SettingLimits.MaxLabelLength);
            entry.Property(e => e.ETag).HasMaxLength(StoreSnapshotLimits.MaxETagLength).IsRequired();
            entry.Property(e => e.LastModified).HasConversion(new UtcTicksConverter());
        });
        builder.Navigation(s => s.Entries).HasField("_entries");
    }
}
