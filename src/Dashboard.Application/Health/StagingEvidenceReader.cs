using System.Globalization;
using Dashboard.Domain.Proposals;

namespace Dashboard.Application.Health;

/// <summary>
/// Decides what verifies a proposal's staging apply: when the services its blast radius names have health data in staging
/// (the soak before the apply or since), the soak's verdict once it ends; otherwise the signed checklist, saying which services
/// have no data. A service counts as having data when the series store holds any request minute for it in staging.
/// </summary>
public sealed class StagingEvidenceReader(StagingSoakEvidence soak, HealthSeriesOptions options, TimeProvider time)
{
    public TimeSpan Soak => options.StagingSoak;

    public async Task<StagingEvidence> ForAsync(Proposal proposal, CancellationToken cancellationToken)
    {
        var services = proposal.SoakServices;
        var appliedAt = proposal.StagingApply?.At ?? time.GetUtcNow();
        var endsAt = appliedAt + Soak;
        if (services.Count == 0)
            return new StagingEvidence(StagingEvidenceKind.Checklist,
                "The blast radius names no affected service to watch in staging — checklist required.", services, endsAt);
        var now = time.GetUtcNow();
        var seenUntil = now < endsAt ? now : endsAt;
        var withoutData = services.Where(s => soak.Window(s, appliedAt - Soak, seenUntil) is null).ToList();
        if (withoutData.Count == services.Count)
            return Checklist(withoutData, services, endsAt);
        if (now < endsAt)
        {
            var missing = withoutData.Count == 0 ? "" : $" No health data yet for {string.Join(", ", withoutData)}.";
            return new StagingEvidence(StagingEvidenceKind.Soaking,
                $"Staging health of {string.Join(", ", services)} decides the verification after a {Minutes(Soak)} soak.{missing}", services, endsAt);
        }
        var verdict = await soak.JudgeAsync(services, appliedAt, Soak, cancellationToken)
            ?? throw new InvalidOperationException("The soak is over, so the staging evidence has a verdict.");
        if (verdict.Outcome == SoakOutcome.NoEvidence)
            return Checklist([.. verdict.Services.Where(s => s.Outcome == SoakOutcome.NoEvidence).Select(s => s.Service)], services, endsAt);
        return new StagingEvidence(StagingEvidenceKind.Judged, verdict.Summary, services, endsAt, verdict);
    }

    private static StagingEvidence Checklist(IReadOnlyList<string> withoutData, IReadOnlyList<string> services, DateTimeOffset endsAt) =>
        new(StagingEvidenceKind.Checklist, $"No health data for {string.Join(", ", withoutData)} in staging — checklist required.", services, endsAt);

    private static string Minutes(TimeSpan span) => $"{span.TotalMinutes.ToString("0.#", CultureInfo.InvariantCulture)} min";
}
