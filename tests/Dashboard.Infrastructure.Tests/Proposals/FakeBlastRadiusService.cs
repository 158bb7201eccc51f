using Dashboard.Domain.BlastRadius;
using Dashboard.Application.BlastRadius;

namespace Dashboard.Infrastructure.Tests.Proposals;

/// <summary>Answers every analysis with the given risk and the readers a test names (none by default), and remembers what it was asked.</summary>
internal sealed class FakeBlastRadiusService(RiskLevel risk = RiskLevel.High) : IBlastRadiusService
{
    public List<(ProposedChange Change, string Environment)> Calls { get; } = [];

    /// <summary>Run once during the next analysis: lets a test make someone else act while a step is in flight.</summary>
    public Func<Task>? DuringNextAnalysis { get; set; }

    /// <summary>The services the analysis names as reading the key; none unless a test sets them.</summary>
    public IReadOnlyList<string> Readers { get; set; } = [];

    public async Task<Domain.BlastRadius.BlastRadius> AnalyzeAsync(ProposedChange change, string environment, bool validatedInStaging, CancellationToken cancellationToken)
    {
        Calls.Add((change, environment));
        if (DuringNextAnalysis is { } interleaved)
        {
            DuringNextAnalysis = null;
            await interleaved();
        }
        var affected = Readers.Select(reader => new AffectedService(reader, ["reads the key"], Reloads: false, SeesChange.Immediately, [])).ToList();
        return new Domain.BlastRadius.BlastRadius(change.Key, change.Label, risk, "test analysis", affected, [], [], [], []);
    }
}
