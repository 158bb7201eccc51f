using System.Text.RegularExpressions;

namespace Dashboard.Domain.ConfigMap;

/// <summary>Keys whose values must never be shown: Key Vault references, and names that look like secrets.</summary>
public static partial class SecretDetector
{
    public const string Mask = "••••••••";

    public static bool LooksSecret(string key) => SecretName().IsMatch(key);

    [GeneratedRegex(@"(password|passwd|secret|connectionstring|connection-string|apikey|api-key|api_key|token|credential|sas|privatekey|private-key)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SecretName();
}
