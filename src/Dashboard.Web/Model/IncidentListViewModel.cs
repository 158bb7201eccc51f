using Dashboard.Application.Incidents;
using Dashboard.Domain.Incidents;

namespace Dashboard.Web.Model;

/// <summary>The /incidents list: open incidents first, newest first, then the latest resolved.</summary>
public sealed class IncidentListViewModel(IIncidentQueries incidents)
{
    public const int Limit = 200;

    public IReadOnlyList<Incident> Incidents { get; private set; } = [];
    public LoadState State { get; private set; } = LoadState.Loading;
    public string? Error { get; private set; }

    public async Task LoadAsync(CancellationToken cancellationToken)
    {
        try
        {
            Incidents = await incidents.ListAsync(Limit, cancellationToken);
            State = LoadState.Loaded;
            Error = null;
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            State = LoadState.Failed;
            Error = $"The incidents could not be read: {error.GetBaseException().Message}. They are kept; try again in a moment.";
        }
    }
}
