using Dashboard.Domain.Catalog;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dashboard.Infrastructure.Persistence.Configurations;

internal sealed class DependencyConfiguration : IEntityTypeConfiguration<Dependency>
{
    public void Configure(EntityTypeBuilder<Dependency> builder)
    {
        builder.ToTable("Dependencies");
        builder.Property(d => d.Caller).HasMaxLength(CatalogName.MaxLength).IsRequired();
        builder.Property(d => d.Target).HasMaxLength(CatalogName.MaxLength).IsRequired();
        builder.Property(d => d.TargetKind).HasConversion<string>().HasMaxLength(16);
        builder.Property(d => d.Notes).HasMaxLength(1000);
        builder.HasIndex(d => new { d.Caller, d.TargetKind, d.Target }).IsUnique();
        builder.HasIndex(d => d.Target);
        // Grows with every saved change: an edit made from an older version is refused instead of overwriting unseen.
        builder.Property<int>(EfUnitOfWork.VersionProperty).IsConcurrencyToken();
        builder.ComplexProperty(d => d.Retry, retry =>
        {
            retry.Property(r => r.Attempts).HasColumnName("RetryAttempts");
            retry.Property(r => r.Backoff).HasColumnName("RetryBackoff").HasConversion<string>().HasMaxLength(16);
            retry.Property(r => r.Timeout).HasColumnName("RetryTimeout");
            retry.Property(r => r.CircuitBreaker).HasColumnName("RetryCircuitBreaker");
        });
    }
}
