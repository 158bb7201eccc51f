namespace Dashboard.Application.ChangeWatch;

public interface IBypassedChangeQueries
{
    /// <summary>Newest first.</summary>
    Task<BypassedChangePage> ListAsync(int page, int pageSize, CancellationToken cancellationToken);
}
