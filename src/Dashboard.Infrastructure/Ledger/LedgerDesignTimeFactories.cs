using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Dashboard.Infrastructure.Ledger;

/// <summary>Lets <c>dotnet ef migrations add</c> build each ledger context without starting the host.</summary>
public sealed class SqliteLedgerDesignTimeFactory : IDesignTimeDbContextFactory<SqliteLedgerDbContext>
{
    public SqliteLedgerDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteLedgerDbContext>().UseSqlite("Data Source=ledger-design-time.db").Options);
}

public sealed class SqlServerLedgerDesignTimeFactory : IDesignTimeDbContextFactory<SqlServerLedgerDbContext>
{
    public SqlServerLedgerDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqlServerLedgerDbContext>().UseSqlServer("Server=design-time;Database=Billing").Options);
}
