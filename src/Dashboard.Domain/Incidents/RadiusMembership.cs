namespace Dashboard.Domain.Incidents;

/// <summary>One service inside a change's blast radius, how, and the words for it ("billing-api reloads on tax.rate.default (refreshAll sentinel)").</summary>
public sealed record RadiusMembership(string Service, RadiusKind Kind, string How);
