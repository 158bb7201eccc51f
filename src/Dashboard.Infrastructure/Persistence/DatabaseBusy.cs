using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;

namespace Dashboard.Infrastructure.Persistence;

/// <summary>Recognises a database that is there but busy (a lock held too long, a deadlock): worth trying again in a moment.</summary>
public static class DatabaseBusy
{
    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;
    private const int SqlServerDeadlockVictim = 1205;
    private const int SqlServerLockTimeout = 1222;

    public static bool Is(Exception exception)
    {
        for (var error = exception; error is not null; error = error.InnerException)
        {
            if (error is SqliteException { SqliteErrorCode: SqliteBusy or SqliteLocked }
                || error is SqlException { Number: SqlServerDeadlockVictim or SqlServerLockTimeout })
                return true;
        }
        return false;
    }
}
