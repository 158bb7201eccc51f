using Dashboard.Domain.Health;

namespace Dashboard.Domain.Proposals;

/// <summary>One affected service's staging telemetry before the apply and during the soak (null: no telemetry), judged by its thresholds.</summary>
public sealed record ServiceSoakInput(string Service, HealthThresholds Thresholds, SoakWindowStats? Before, SoakWindowStats? During);
