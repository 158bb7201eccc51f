using Dashboard.Domain.Incidents;

namespace Dashboard.Application.Incidents;

/// <summary>
/// The config changes applied in an environment over a period, each with the services inside its blast radius: the
/// pipeline's applies and rollbacks (with the radius snapshot stored on the proposal) and the changes made outside it.
/// </summary>
public interface IChangeHistory
{
    Task<IReadOnlyList<CandidateChange>> ChangesAsync(string environment, DateTimeOffset from, DateTimeOffset to, CancellationToken cancellationToken);
}
