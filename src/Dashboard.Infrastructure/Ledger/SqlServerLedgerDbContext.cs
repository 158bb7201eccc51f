using Microsoft.EntityFrameworkCore;

namespace Dashboard.Infrastructure.Ledger;

/// <summary>The billing service's SQL Server / Azure SQL database; its migrations live in Ledger/Migrations/SqlServer.</summary>
public sealed class SqlServerLedgerDbContext(DbContextOptions<SqlServerLedgerDbContext> options) : LedgerDbContext(options);
