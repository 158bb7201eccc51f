using System.Text.Json.Serialization;

namespace Dashboard.Domain.BlastRadius;

/// <summary>The overall risk of a change; the rules that set it are in <c>RiskAssessment</c>.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<RiskLevel>))]
public enum RiskLevel
{
    [JsonStringEnumMemberName("low")] Low,
    [JsonStringEnumMemberName("medium")] Medium,
    [JsonStringEnumMemberName("high")] High,
    [JsonStringEnumMemberName("critical")] Critical,
}
