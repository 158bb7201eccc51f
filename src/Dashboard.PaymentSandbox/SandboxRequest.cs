using System.Security.Cryptography;
using System.Text;

namespace Dashboard.PaymentSandbox;

/// <summary>
/// The parameters of one request (form body or query string) in the order they came, with a fingerprint of the endpoint and
/// every parameter: an idempotency key reused with a different fingerprint is refused.
/// </summary>
public sealed class SandboxRequest(string method, string path, IReadOnlyList<KeyValuePair<string, string>> parameters)
{
    public string Method { get; } = method;
    public string Path { get; } = path;
    public IReadOnlyList<KeyValuePair<string, string>> Parameters { get; } = parameters;

    public string? this[string name] => Parameters.LastOrDefault(p => string.Equals(p.Key, name, StringComparison.Ordinal)).Value;

    public IEnumerable<KeyValuePair<string, string>> WithPrefix(string prefix) =>
        Parameters.Where(p => p.Key.StartsWith(prefix, StringComparison.Ordinal));

    /// <summary>The first parameter not in <paramref name="known"/> (a name, or a prefix ending in '['), or null.</summary>
    public string? FirstUnknown(params string[] known) =>
        Parameters.Select(p => p.Key).FirstOrDefault(key => !known.Any(k =>
            k.EndsWith('[') ? key.StartsWith(k, StringComparison.Ordinal) : string.Equals(key, k, StringComparison.Ordinal)));

    public string Fingerprint()
    {
        var canonical = new StringBuilder().Append(Method).Append(' ').Append(Path);
        foreach (var (key, value) in Parameters.OrderBy(p => p.Key, StringComparer.Ordinal).ThenBy(p => p.Value, StringComparer.Ordinal))
            canonical.Append('\n').Append(key).Append('=').Append(value);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical.ToString())));
    }
}
