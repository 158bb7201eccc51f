using System.Text.RegularExpressions;

namespace Dashboard.Domain.Catalog;

/// <summary>Names of services, resources, environments and stores: the Backstage entity-name rules.</summary>
public static partial class CatalogName
{
    public const int MaxLength = 63;

    public static string Validate(string? name, string what)
    {
        if (string.IsNullOrWhiteSpace(name))
            throw new DomainException($"A {what} needs a name.");
        var trimmed = name.Trim();
        if (trimmed.Length > MaxLength || !Pattern().IsMatch(trimmed))
            throw new DomainException(
                $"'{trimmed}' is not a valid {what} name: use 1–{MaxLength} letters, digits, '-', '_' or '.', starting and ending with a letter or digit.");
        return trimmed;
    }

    [GeneratedRegex(@"^[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?$")]
    private static partial Regex Pattern();
}
