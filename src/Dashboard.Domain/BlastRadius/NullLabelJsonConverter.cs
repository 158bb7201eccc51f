using System.Text.Json;
using System.Text.Json.Serialization;
using Dashboard.Domain.Scanning;

namespace Dashboard.Domain.BlastRadius;

/// <summary>
/// Writes the null label as <c>"\u0000"</c>, as the scan JSON does (where <c>null</c> means a label computed at run
/// time), so pipelines read one spelling everywhere; reads either spelling back as null.
/// </summary>
public sealed class NullLabelJsonConverter : JsonConverter<string?>
{
    public override bool HandleNull => true;

    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var label = reader.TokenType == JsonTokenType.Null ? null : reader.GetString();
        return label == AppConfigLabel.Null ? null : label;
    }

    public override void Write(Utf8JsonWriter writer, string? value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value ?? AppConfigLabel.Null);
    }
}
