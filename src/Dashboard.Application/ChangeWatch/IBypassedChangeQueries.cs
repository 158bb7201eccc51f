using Dashboard.Domain.Proposals;

namespace Dashboard.Application.ChangeWatch;

public interface IBypassedChangeQueries
{
    /// <summary>Newest first; only changes to <paramref name="key"/> (every label) when it is given.</summary>
    Task<BypassedChangePage> ListAsync(int page, int pageSize, string? key, CancellationToken cancellationToken);

    Task<BypassedChange?> FindAsync(long id, CancellationToken cancellationToken);
}
