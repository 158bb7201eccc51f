namespace Dashboard.Domain.BlastRadius;

/// <summary>
/// A risk of the change under one rule (<see cref="BlastRadiusRules"/>), with the service it concerns (null for the
/// key or the change itself) and its evidence: a file and line, a catalog entry or a store revision.
/// </summary>
public sealed record RadiusRisk(string Rule, string? Service, string Message, string Evidence);
