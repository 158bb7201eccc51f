using Microsoft.EntityFrameworkCore;

namespace Dashboard.Infrastructure.Ledger;

/// <summary>The embedded demo ledger; its migrations live in Ledger/Migrations/Sqlite.</summary>
public sealed class SqliteLedgerDbContext(DbContextOptions<SqliteLedgerDbContext> options) : LedgerDbContext(options);
