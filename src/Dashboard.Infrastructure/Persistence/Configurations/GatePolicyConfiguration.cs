using Dashboard.Domain.Proposals;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Dashboard.Infrastructure.Persistence.Configurations;

internal sealed class GatePolicyConfiguration : IEntityTypeConfiguration<GatePolicy>
{
    public void Configure(EntityTypeBuilder<GatePolicy> builder)
    {
        builder.ToTable("GatePolicies");
        builder.HasKey(p => p.Environment);
        builder.Property(p => p.Environment).HasConversion<string>().HasMaxLength(32);
        // Two Admins saving at once: the second is told the policy changed meanwhile instead of overwriting it unseen.
        builder.Property<int>(EfUnitOfWork.VersionProperty).IsConcurrencyToken();
        builder.Ignore(p => p.PendingAuditRecords);
        builder.Ignore(p => p.IsDefault);
        builder.Property(p => p.Rules).HasConversion((ValueConverter)JsonColumn.Converter<GateRules>(), JsonColumn.Comparer<GateRules>()).IsRequired();
        builder.Property(p => p.ChangedBy).HasMaxLength(256);
    }
}
