namespace Dashboard.Analysis.Scanning.Json;

/// <summary>A configuration key read in code, as its full path (<c>Invoice:Branding:LogoUrl</c>).</summary>
public sealed record ReadDocument(string Key, string File, int Line);
