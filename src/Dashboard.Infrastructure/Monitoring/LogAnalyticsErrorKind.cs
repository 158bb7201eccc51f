namespace Dashboard.Infrastructure.Monitoring;

public enum LogAnalyticsErrorKind
{
    /// <summary>The workspace id is not a GUID: nothing was sent.</summary>
    InvalidWorkspace,
    Unauthorized,
    Forbidden,
    NotFound,
    /// <summary>The query was refused (BadArgumentError): syntax, an unknown table or column.</summary>
    BadQuery,
    Throttled,
    Unavailable,
    /// <summary>The answer could not be read as a query result.</summary>
    InvalidResponse,
}
