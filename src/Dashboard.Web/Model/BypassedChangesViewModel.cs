using Dashboard.Domain.Proposals;
using Dashboard.Application.ChangeWatch;

namespace Dashboard.Web.Model;

/// <summary>The latest changes made outside the pipeline, for the warning panel on the proposal list.</summary>
public sealed class BypassedChangesViewModel(OutOfBandChangeDetector detector, ILogger<BypassedChangesViewModel> logger)
{
    public const int Shown = 10;

    public IReadOnlyList<BypassedChange> Latest { get; private set; } = [];
    public int TotalCount { get; private set; }

    public async Task LoadAsync(CancellationToken cancellationToken)
    {
        try
        {
            var page = await detector.ListAsync(1, Shown, cancellationToken);
            (Latest, TotalCount) = (page.Items, page.TotalCount);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The panel is a warning beside the list: without it the page still works, so log and show nothing.
            logger.LogError(ex, "Loading the changes made outside the pipeline failed");
            (Latest, TotalCount) = ([], 0);
        }
    }
}
