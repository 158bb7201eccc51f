namespace Dashboard.Analysis.Scanning.Json;

/// <summary>
/// A configuration key read in code, as its full path (<c>Invoice:Branding:LogoUrl</c>); <see cref="StoreKey"/> the
/// App Configuration key it comes from when a <c>TrimKeyPrefix</c> applies; <see cref="Kind"/> <c>indexer</c>,
/// <c>get-value</c>, <c>section-value</c>, <c>connection-string</c>, <c>section</c>, <c>binding-expression</c> or
/// <c>connection-setting</c>; <see cref="Fallback"/> the default the code gives, as written.
/// </summary>
public sealed record ReadDocument(string Key, string? StoreKey, string Kind, string? Fallback, string File, int Line);
