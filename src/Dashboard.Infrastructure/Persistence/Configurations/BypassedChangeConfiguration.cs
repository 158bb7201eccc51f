using Dashboard.Domain.Proposals;
using Dashboard.Infrastructure.ConfigStores;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Dashboard.Infrastructure.Persistence.Configurations;

/// <summary>Changes made outside the pipeline; one row per written version, so a change is never recorded twice.</summary>
internal sealed class BypassedChangeConfiguration : IEntityTypeConfiguration<BypassedChange>
{
    public void Configure(EntityTypeBuilder<BypassedChange> builder)
    {
        builder.ToTable("BypassedChanges");
        builder.Property(b => b.Id).ValueGeneratedOnAdd();
        builder.HasKey(b => b.Id);
        builder.Property(b => b.Store).HasMaxLength(256).IsRequired();
        builder.Property(b => b.Key).HasMaxLength(SettingLimits.MaxKeyLength).IsRequired();
        builder.Property(b => b.Label).HasMaxLength(SettingLimits.MaxLabelLength);
        builder.Property(b => b.Actor).HasMaxLength(SettingLimits.MaxActorLength);
        builder.Property(b => b.NewETag).HasMaxLength(SettingLimits.MaxETagLength);
        // Stored as UTC ticks so SQLite can order by it.
        builder.Property(b => b.At).HasConversion(new UtcTicksConverter());
        builder.Property(b => b.OldContentType).HasMaxLength(SettingLimits.MaxContentTypeLength);
        builder.Property(b => b.OldETag).HasMaxLength(SettingLimits.MaxETagLength);
        builder.Property(b => b.NewContentType).HasMaxLength(SettingLimits.MaxContentTypeLength);
        builder.Property(b => b.Risk).HasConversion<string>().HasMaxLength(16);
        // Catalog service names hold no commas, so a comma-joined list is enough and reads well in the table.
        builder.Property(b => b.AffectedServices).HasConversion(
            new ValueConverter<IReadOnlyList<string>, string>(
                names => string.Join(',', names), text => text.Length == 0 ? Array.Empty<string>() : text.Split(',', StringSplitOptions.None)),
            new ValueComparer<IReadOnlyList<string>>((left, right) => left!.SequenceEqual(right!), names => names.Count, names => names.ToArray()));
        builder.Property(b => b.RadiusNote).HasMaxLength(1000);
        builder.Property(b => b.Handling).HasConversion<string>().HasMaxLength(16);
        builder.Property(b => b.HandledBy).HasMaxLength(SettingLimits.MaxActorLength);
        builder.Property(b => b.HandledAt).HasConversion(new UtcTicksConverter());
        builder.Property(b => b.Version).IsConcurrencyToken();
        builder.Ignore(b => b.ActorOrUnknown);
        builder.Ignore(b => b.IsHandled);
        builder.Ignore(b => b.OldExisted);
        builder.Ignore(b => b.RevertReason);
        builder.HasIndex(b => new { b.Store, b.Key, b.Label, b.NewETag }).IsUnique();
        builder.HasIndex(b => b.At);
    }
}
