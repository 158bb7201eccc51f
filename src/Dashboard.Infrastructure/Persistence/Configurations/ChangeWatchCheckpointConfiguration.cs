using Dashboard.Domain.Proposals;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dashboard.Infrastructure.Persistence.Configurations;

internal sealed class ChangeWatchCheckpointConfiguration : IEntityTypeConfiguration<ChangeWatchCheckpoint>
{
    public void Configure(EntityTypeBuilder<ChangeWatchCheckpoint> builder)
    {
        builder.ToTable("ChangeWatchCheckpoints");
        builder.HasKey(c => c.Store);
        builder.Property(c => c.Store).HasMaxLength(256);
        builder.Property(c => c.LastSeen).HasConversion(new UtcTicksConverter());
    }
}
