using System.Text.Json.Serialization;

namespace Dashboard.Analysis.ConfigExport;

/// <summary>What happened to one key-value between two export files.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ExportChangeKind>))]
public enum ExportChangeKind
{
    [JsonStringEnumMemberName("added")] Added,
    [JsonStringEnumMemberName("changed")] Changed,
    [JsonStringEnumMemberName("deleted")] Deleted,
}
