using System.Text;

namespace Dashboard.Domain.ConfigStores;

/// <summary>
/// What App Configuration accepts for one key-value, checked before anything is proposed or written:
/// each problem names the field and how to fix it.
/// </summary>
public static class ConfigSettingRules
{
    /// <summary>App Configuration's limit for a key-value: key, label, value and content type together.</summary>
    public const int MaxSettingBytes = 10 * 1024;

    public static IReadOnlyList<(string Field, string Message)> Check(string? key, string? label, string? value, string? contentType)
    {
        var problems = new List<(string, string)>();
        try { ConfigKey.Validate(key); }
        catch (DomainException ex) { problems.Add(("key", ex.Message)); }
        if (label is not null && label.IndexOfAny(['*', ',', '\\']) >= 0)
            problems.Add(("label", $"Label '{label}' contains '*', ',' or '\\', which App Configuration reserves for filters; choose a label without them."));
        if (label is not null && label.Any(char.IsControl))
            problems.Add(("label", "The label contains a control character; labels are plain text such as 'production'."));
        var bytes = Encoding.UTF8.GetByteCount(key ?? "") + Encoding.UTF8.GetByteCount(label ?? "")
                    + Encoding.UTF8.GetByteCount(value ?? "") + Encoding.UTF8.GetByteCount(contentType ?? "");
        if (bytes > MaxSettingBytes)
            problems.Add(("value", $"The key-value is {bytes:N0} bytes; App Configuration allows at most {MaxSettingBytes:N0} (10 KB) for key, label, value and content type together. Move large documents to blob storage and keep a reference here."));
        return problems;
    }
}
