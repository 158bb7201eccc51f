using System.Text;

namespace Dashboard.Domain.ConfigStores;

/// <summary>
/// What App Configuration accepts for one key-value, checked before anything is proposed or written: each problem names the
/// field and how to fix it. Besides the store's own rules, keys may not hold the filter characters '*', ',' and '\': a
/// selector such as 'Billing:*' could not tell such a key from the keys it names.
/// </summary>
public static class ConfigSettingRules
{
    /// <summary>App Configuration's limit for a key-value: key, label, value, content type and tags together.</summary>
    public const int MaxSettingBytes = 10 * 1024;
    public const int MaxContentTypeLength = 256;

    public static IReadOnlyList<(string Field, string Message)> Check(
        string? key, string? label, string? value, string? contentType, IReadOnlyDictionary<string, string>? tags = null)
    {
        var problems = new List<(string, string)>();
        if (ConfigKey.Problem(key) is { } keyProblem)
            problems.Add(("key", keyProblem));
        else if (key!.IndexOfAny(['*', ',', '\\']) >= 0)
            problems.Add(("key", $"Key '{key}' contains '*', ',' or '\\', which App Configuration key filters treat as wildcards and separators; choose a key without them, e.g. with ':' or '.' as separator."));
        if (ConfigLabel.Problem(label) is { } labelProblem)
            problems.Add(("label", labelProblem));
        if (contentType?.Length > MaxContentTypeLength)
            problems.Add(("contentType", $"The content type is {contentType.Length:N0} characters long; at most {MaxContentTypeLength} are allowed, e.g. 'application/json'."));
        else if (UnsafeCharacters.Describe(contentType) is { } unsafeCharacter)
            problems.Add(("contentType", $"The content type contains {unsafeCharacter}; send a media type such as 'application/json'."));
        var bytes = Bytes(key) + Bytes(label) + Bytes(value) + Bytes(contentType) + (tags?.Sum(tag => Bytes(tag.Key) + Bytes(tag.Value)) ?? 0);
        if (bytes > MaxSettingBytes)
            problems.Add(("value", $"The key-value is {bytes:N0} bytes; App Configuration allows at most {MaxSettingBytes:N0} (10 KB) for key, label, value, content type and tags together. Move large documents to blob storage and keep a reference here."));
        return problems;
    }

    private static int Bytes(string? text) => text is null ? 0 : Encoding.UTF8.GetByteCount(text);
}
