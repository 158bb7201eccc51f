namespace Dashboard.Domain.Scanning;

/// <summary>How code gets an options type, which decides when it sees a change.</summary>
public enum OptionsAccess
{
    /// <summary><c>IOptions&lt;T&gt;</c>: computed once per process; a refresh never reaches it.</summary>
    Options,
    /// <summary><c>IOptionsSnapshot&lt;T&gt;</c>: recomputed per request (scope) after a refresh.</summary>
    Snapshot,
    /// <summary><c>IOptionsMonitor&lt;T&gt;</c>: <c>CurrentValue</c> and <c>OnChange</c> follow each refresh.</summary>
    Monitor,
}
