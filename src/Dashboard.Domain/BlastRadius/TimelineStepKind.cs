using System.Text.Json.Serialization;

namespace Dashboard.Domain.BlastRadius;

/// <summary>What a step of the timeline after the write is.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<TimelineStepKind>))]
public enum TimelineStepKind
{
    /// <summary>t = 0: the value is written to the store.</summary>
    [JsonStringEnumMemberName("write")] Write,
    /// <summary>A service's refresh picks the change up and reloads its configuration.</summary>
    [JsonStringEnumMemberName("reload")] Reload,
    /// <summary>A reload handler drops a connection before its replacement exists: requests fail until it reconnects.</summary>
    [JsonStringEnumMemberName("outage")] Outage,
    /// <summary>Callers retrying without backoff multiply the traffic into the failing service.</summary>
    [JsonStringEnumMemberName("retries")] Retries,
    /// <summary>A health endpoint that runs dependency checks fails too, so instances leave rotation.</summary>
    [JsonStringEnumMemberName("rotation")] Rotation,
}
