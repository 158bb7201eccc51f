using Dashboard.Domain.BlastRadius;
using Dashboard.Application.BlastRadius;

namespace Dashboard.Infrastructure.Tests.Proposals;

/// <summary>Answers every analysis with the given risk and no affected services, and remembers what it was asked.</summary>
internal sealed class FakeBlastRadiusService(RiskLevel risk = RiskLevel.High) : IBlastRadiusService
{
    public List<(ProposedChange Change, string Environment)> Calls { get; } = [];

    /// <summary>Run once during the next analysis: lets a test make someone else act while a step is in flight.</summary>
    public Func<Task>? DuringNextAnalysis { get; set; }

    public async Task<Domain.BlastRadius.BlastRadius> AnalyzeAsync(ProposedChange change, string environment, bool validatedInStaging, CancellationToken cancellationToken)
    {
        Calls.Add((change, environment));
        if (DuringNextAnalysis is { } interleaved)
        {
            DuringNextAnalysis = null;
            await interleaved();
        }
        return new Domain.BlastRadius.BlastRadius(change.Key, change.Label, risk, "test analysis", [], [], [], [], []);
    }
}
