namespace Dashboard.Domain.Proposals;

/// <summary>What the proposal writes: a value with its content type, or the deletion of the key.</summary>
public sealed record ProposedValue
{
    private ProposedValue(string? value, string? contentType, bool isDelete)
    {
        Value = value;
        ContentType = contentType;
        IsDelete = isDelete;
    }

    public string? Value { get; }
    public string? ContentType { get; }
    public bool IsDelete { get; }

    /// <summary>Sets the key to <paramref name="value"/>; an empty string is a real value, unlike a deletion.</summary>
    public static ProposedValue Set(string value, string? contentType = null)
    {
        if (value is null)
            throw new DomainException("A proposed value cannot be null: give the new value, or propose deleting the key instead.");
        return new ProposedValue(value, string.IsNullOrWhiteSpace(contentType) ? null : contentType.Trim(), isDelete: false);
    }

    public static ProposedValue Delete() => new(null, null, isDelete: true);

    public override string ToString() => IsDelete ? "(delete the key)" : $"'{Value}'";
}
