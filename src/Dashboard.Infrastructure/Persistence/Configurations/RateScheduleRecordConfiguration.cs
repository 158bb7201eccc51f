using Dashboard.Infrastructure.Persistence.RateLimits;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dashboard.Infrastructure.Persistence.Configurations;

internal sealed class RateScheduleRecordConfiguration : IEntityTypeConfiguration<RateScheduleRecord>
{
    public void Configure(EntityTypeBuilder<RateScheduleRecord> builder)
    {
        builder.ToTable("RateSchedules");
        builder.HasKey(r => r.Name);
        builder.Property(r => r.Name).HasMaxLength(RateScheduleRecord.MaxNameLength);
        builder.Property(r => r.NextSlotAt).HasConversion(new UtcTicksConverter());
        builder.Property(r => r.Version).IsConcurrencyToken();
    }
}
