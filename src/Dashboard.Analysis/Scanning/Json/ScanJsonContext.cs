using System.Text.Json;
using System.Text.Json.Serialization;

namespace Dashboard.Analysis.Scanning.Json;

/// <summary>Source-generated serializer for the scan JSON: camelCase, nulls written (a dynamic label is <c>null</c>).</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, WriteIndented = false, DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(ScanDocument))]
public sealed partial class ScanJsonContext : JsonSerializerContext;
