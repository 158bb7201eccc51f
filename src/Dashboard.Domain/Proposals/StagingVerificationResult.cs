namespace Dashboard.Domain.Proposals;

/// <summary>
/// The outcome of checking staging with the change applied. Today it comes from a signed checklist;
/// an automatic soak check over the affected services' health can produce the same record.
/// </summary>
public sealed record StagingVerificationResult(
    bool Passed,
    IReadOnlyList<string> Reasons,
    string Method,
    string VerifiedById,
    string VerifiedByName,
    DateTimeOffset At)
{
    public const string ChecklistMethod = "checklist";
}
