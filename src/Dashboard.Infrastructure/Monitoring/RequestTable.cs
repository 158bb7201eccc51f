namespace Dashboard.Infrastructure.Monitoring;

/// <summary>The request tables the summarised query can read.</summary>
public static class RequestTable
{
    public const string AppRequests = "AppRequests";
    public const string ClassicRequests = "requests";

    public static bool IsKnown(string table) => table is AppRequests or ClassicRequests;
}
