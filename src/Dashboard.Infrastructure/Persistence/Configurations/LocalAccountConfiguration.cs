using Dashboard.Infrastructure.Persistence.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Dashboard.Infrastructure.Persistence.Configurations;

internal sealed class LocalAccountConfiguration : IEntityTypeConfiguration<LocalAccount>
{
    public void Configure(EntityTypeBuilder<LocalAccount> builder)
    {
        builder.ToTable("LocalAccounts");
        builder.Property(a => a.UserName).HasMaxLength(64).IsRequired();
        builder.HasIndex(a => a.UserName).IsUnique();
        builder.Property(a => a.DisplayName).HasMaxLength(128).IsRequired();
        builder.Property(a => a.Role).HasMaxLength(32).IsRequired();
        // Accounts made before teams existed belong to none until an Admin or the seeder gives them some.
        builder.Property(a => a.Teams).HasConversion(JsonColumn.ListConverter<string>(), JsonColumn.ListComparer<string>())
            .HasMaxLength(1024).IsRequired().HasDefaultValueSql("'[]'");
        builder.Property(a => a.PasswordHash).HasMaxLength(512).IsRequired();
        // Accounts made before stamps existed get an empty one; their next sign-in sets it.
        builder.Property(a => a.SecurityStamp).HasMaxLength(64).IsRequired().HasDefaultValue("");
        builder.Property(a => a.LockedOutUntil).HasConversion(new UtcTicksConverter());
    }
}
