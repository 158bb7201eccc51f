namespace Dashboard.Analysis.Scanning.Json;

/// <summary>An HttpClient's retries: <see cref="Retry"/> is <c>none</c>, <c>immediate</c> or <c>backoff</c>.</summary>
public sealed record HttpClientDocument(string Name, string Retry, int Attempts);
