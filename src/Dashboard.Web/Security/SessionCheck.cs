namespace Dashboard.Web.Security;

public enum SessionCheck
{
    /// <summary>The session's stamp is the account's current one (or there is nothing to check).</summary>
    Current,
    /// <summary>Signed out elsewhere, role changed, or the account is gone: the session is over.</summary>
    Ended,
    /// <summary>The database could not answer; the session is refused for this request but not ended.</summary>
    Unknown,
}
