namespace Dashboard.Domain.BlastRadius;

/// <summary>
/// An outgoing HttpClient found in a service's code and the catalog component it calls: <see cref="Target"/> is null
/// when nothing links it, and <see cref="LinkedBy"/> then says what was tried. <see cref="Retry"/> describes its
/// retry policy as the code sets it.
/// </summary>
public sealed record CodeCall(string Service, string Client, string? Target, string LinkedBy, string Retry, string File, int Line);
