namespace Dashboard.Domain.ConfigMap;

/// <summary>Where a finding comes from: a file and line of code, a catalog entry, or a store revision.</summary>
public enum UsageSourceKind
{
    Code,
    Catalog,
    Store,
}

/// <summary>The evidence behind a usage, e.g. <c>services/billing-api/Program.cs:42</c>.</summary>
public sealed record UsageSource(UsageSourceKind Kind, string Location, int? Line = null)
{
    public override string ToString() => Line is null ? Location : $"{Location}:{Line}";
}
