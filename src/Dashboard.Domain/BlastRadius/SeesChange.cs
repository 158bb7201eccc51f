using System.Text.Json.Serialization;

namespace Dashboard.Domain.BlastRadius;

/// <summary>When a service picks a change up.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<SeesChange>))]
public enum SeesChange
{
    /// <summary>It watches the key (sentinel, Register, RegisterAll or a loaded flag) and refresh is driven: it reloads within its interval.</summary>
    [JsonStringEnumMemberName("immediately")] Immediately,
    /// <summary>It does not watch the key, but a refreshAll sentinel on another key will bring the new value along when that one changes.</summary>
    [JsonStringEnumMemberName("on-refresh")] OnRefresh,
    /// <summary>No refresh registered, or nothing drives it: the new value applies when the service restarts.</summary>
    [JsonStringEnumMemberName("on-restart")] OnRestart,
    /// <summary>The service's code was not scanned (it is only declared in the catalog): nobody can tell.</summary>
    [JsonStringEnumMemberName("unknown")] Unknown,
}
