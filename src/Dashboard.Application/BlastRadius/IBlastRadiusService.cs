using Dashboard.Domain.BlastRadius;

namespace Dashboard.Application.BlastRadius;

/// <summary>The blast radius of a proposed change against the live catalog, store and scan.</summary>
public interface IBlastRadiusService
{
    /// <param name="environment">The environment the change targets (its label in the store comes from the catalog).</param>
    /// <param name="validatedInStaging">Whether the change was applied to staging and verified there.</param>
    Task<Domain.BlastRadius.BlastRadius> AnalyzeAsync(ProposedChange change, string environment, bool validatedInStaging, CancellationToken cancellationToken);
}
