using System.Globalization;
using System.Text;
using Dashboard.Domain;

namespace Dashboard.Web.Security;

/// <summary>
/// Text from outside made safe for a log line: control characters escaped (a CR/LF cannot start a forged line) and the length
/// capped. What was typed into the user-name field is logged only when it looks like a user name: people type passwords there.
/// </summary>
public static class LogText
{
    public const int MaxLength = 64;

    public static string Sanitize(string? text, int maxLength = MaxLength)
    {
        if (text is null) return "(none)";
        var builder = new StringBuilder(Math.Min(text.Length, maxLength) + 8);
        foreach (var c in text.Length > maxLength ? text[..maxLength] : text)
        {
            if (UnsafeCharacters.IsUnsafe(c))
                builder.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
            else
                builder.Append(c);
        }
        if (text.Length > maxLength) builder.Append(CultureInfo.InvariantCulture, $"…({text.Length} characters)");
        return builder.ToString();
    }

    /// <summary>The user name as typed when it could be one (letters, digits, '.', '_', '-', '@', up to 64), else only its length.</summary>
    public static string UserName(string? typed)
    {
        var trimmed = typed?.Trim() ?? "";
        return IsUserNameShaped(trimmed)
            ? trimmed.ToLowerInvariant()
            : $"(not a user name, {trimmed.Length} characters, not logged)";
    }

    private static bool IsUserNameShaped(string text) =>
        text.Length is > 0 and <= MaxLength && text.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-' or '@');
}
