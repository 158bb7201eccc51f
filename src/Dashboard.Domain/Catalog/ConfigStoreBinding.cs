using Dashboard.Domain.ConfigStores;

namespace Dashboard.Domain.Catalog;

/// <summary>
/// How one environment reads a store: through a label on a shared store (<see cref="Label"/> set),
/// or the whole store belongs to that environment (<see cref="Label"/> null, the null label).
/// </summary>
public sealed class ConfigStoreBinding
{
    public const int MaxLabelLength = ConfigLabel.MaxLength;

    public string Environment { get; private set; } = "";
    public string? Label { get; private set; }

    private ConfigStoreBinding() { }

    public ConfigStoreBinding(string environment, string? label)
    {
        Environment = CatalogName.Validate(environment, "environment");
        if (label is not null)
        {
            if (label.Length == 0 || label.Length > MaxLabelLength)
                throw new DomainException($"The label for '{Environment}' must be 1–{MaxLabelLength} characters; leave it empty to use the null label.");
            if (label.Contains('*') || label.Contains(','))
                throw new DomainException($"The label '{label}' for '{Environment}' may not contain '*' or ','; App Configuration reserves them for filters.");
            if (UnsafeCharacters.Describe(label) is { } unsafeCharacter)
                throw new DomainException($"The label for '{Environment}' contains {unsafeCharacter}; labels are plain text such as 'production'.");
        }
        Label = label;
    }
}
