namespace Dashboard.Domain.ConfigMap;

/// <summary>One service's use of one key, with the reason in words and its evidence.</summary>
public sealed record KeyUsage(string Service, UsageKind Kind, string Reason, UsageSource Source);
