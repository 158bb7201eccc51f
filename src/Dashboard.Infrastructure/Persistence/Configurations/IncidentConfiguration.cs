using Dashboard.Domain.Catalog;
using Dashboard.Domain.Incidents;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dashboard.Infrastructure.Persistence.Configurations;

internal sealed class IncidentConfiguration : IEntityTypeConfiguration<Incident>
{
    /// <summary>
    /// "environment/service" while an incident the dashboard opened on its own is open, null otherwise. Unique: of two
    /// dashboard instances opening an incident for the same failing service at once, the second save fails.
    /// </summary>
    public const string OpenKeyProperty = "AutomaticOpenKey";

    private const int NameLength = 256;
    private const int StateLength = 32;
    // A proposal id, a service or a config key.
    private const int ReferenceLength = 1024;

    public void Configure(EntityTypeBuilder<Incident> builder)
    {
        builder.ToTable("Incidents");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Id).ValueGeneratedNever();
        builder.Property<int>(EfUnitOfWork.VersionProperty).IsConcurrencyToken();
        builder.Property<string?>(OpenKeyProperty).HasMaxLength(CatalogName.MaxLength * 2 + 1);
        builder.HasIndex(OpenKeyProperty).IsUnique();
        builder.Ignore(i => i.IsOpen);
        builder.Property(i => i.Title).HasMaxLength(Incident.MaxTitleLength).IsRequired();
        builder.Property(i => i.Severity).HasConversion<string>().HasMaxLength(StateLength);
        builder.Property(i => i.Status).HasConversion<string>().HasMaxLength(StateLength);
        builder.Property(i => i.Environment).HasMaxLength(CatalogName.MaxLength).IsRequired();
        builder.PrimitiveCollection(i => i.Services).HasField("_services").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Property(i => i.StartSignal).HasMaxLength(Incident.MaxTitleLength).IsRequired();
        builder.Property(i => i.StartedAt).HasConversion(new UtcTicksConverter());
        builder.Property(i => i.OpenedAt).HasConversion(new UtcTicksConverter());
        builder.Property(i => i.ResolvedAt).HasConversion(new UtcTicksConverter());
        builder.Property(i => i.OpenedById).HasMaxLength(NameLength).IsRequired();
        builder.Property(i => i.OpenedByName).HasMaxLength(NameLength).IsRequired();
        builder.Property(i => i.CommanderId).HasMaxLength(NameLength);
        builder.Property(i => i.CommanderName).HasMaxLength(NameLength);

        builder.OwnsMany(i => i.Timeline, entries =>
        {
            entries.ToTable("IncidentTimeline");
            entries.WithOwner().HasForeignKey("IncidentId");
            entries.HasKey("IncidentId", nameof(TimelineEntry.Sequence));
            entries.Property(e => e.Sequence).ValueGeneratedNever();
            entries.Property(e => e.At).HasConversion(new UtcTicksConverter());
            entries.Property(e => e.Kind).HasConversion<string>().HasMaxLength(StateLength);
            entries.Property(e => e.Text).IsRequired();
            entries.Property(e => e.ActorName).HasMaxLength(NameLength);
            entries.Property(e => e.Reference).HasMaxLength(ReferenceLength);
        });
        builder.Navigation(i => i.Timeline).UsePropertyAccessMode(PropertyAccessMode.Field);

        builder.HasIndex(i => new { i.Status, i.OpenedAt });
        builder.HasIndex(i => i.OpenedAt);
    }
}
