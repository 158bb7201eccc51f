namespace Dashboard.Domain.Scanning;

/// <summary>An <c>IOptionsMonitor&lt;T&gt;.OnChange</c> handler; <see cref="OptionsType"/> is null when the scanner cannot name T.</summary>
public sealed record ReloadHandler(string? OptionsType, ReloadClassification Classification, string File, int Line);
