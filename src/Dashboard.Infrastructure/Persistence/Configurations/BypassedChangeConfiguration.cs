using Dashboard.Domain.Proposals;
using Dashboard.Infrastructure.ConfigStores;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dashboard.Infrastructure.Persistence.Configurations;

/// <summary>Changes made outside the pipeline; one row per written version, so a change is never recorded twice.</summary>
internal sealed class BypassedChangeConfiguration : IEntityTypeConfiguration<BypassedChange>
{
    public const string IdProperty = "Id";

    public void Configure(EntityTypeBuilder<BypassedChange> builder)
    {
        builder.ToTable("BypassedChanges");
        builder.Property<long>(IdProperty).ValueGeneratedOnAdd();
        builder.HasKey(IdProperty);
        builder.Property(b => b.Store).HasMaxLength(256).IsRequired();
        builder.Property(b => b.Key).HasMaxLength(SettingLimits.MaxKeyLength).IsRequired();
        builder.Property(b => b.Label).HasMaxLength(SettingLimits.MaxLabelLength);
        builder.Property(b => b.Actor).HasMaxLength(SettingLimits.MaxActorLength);
        builder.Property(b => b.NewETag).HasMaxLength(SettingLimits.MaxETagLength);
        // Stored as UTC ticks so SQLite can order by it.
        builder.Property(b => b.At).HasConversion(new UtcTicksConverter());
        builder.Ignore(b => b.ActorOrUnknown);
        builder.HasIndex(b => new { b.Store, b.Key, b.Label, b.NewETag }).IsUnique();
        builder.HasIndex(b => b.At);
    }
}
