namespace Dashboard.Domain.Proposals;

/// <summary>
/// The soak's verdict over every affected service: failed if any failed, no evidence if any had no telemetry,
/// passed otherwise. <see cref="Reasons"/> is one line per service, for a <see cref="StagingVerificationResult"/>.
/// </summary>
public sealed record StagingSoakVerdict(SoakOutcome Outcome, IReadOnlyList<ServiceSoakResult> Services, string Summary)
{
    /// <summary>The <see cref="StagingVerificationResult.Method"/> of a verification decided by the soak.</summary>
    public const string SoakMethod = "soak";

    public IReadOnlyList<string> Reasons => [.. Services.Select(s => $"{s.Service}: {s.Reason}")];
}
