using Dashboard.Application.ChangeWatch;
using Dashboard.Application.Errors;
using Dashboard.Domain;
using Dashboard.Domain.Proposals;

namespace Dashboard.Web.Model;

/// <summary>
/// The latest changes made outside the pipeline (all of them, or one key's) for the Overview card, the key's page and the
/// proposal list, and the two things an engineer can do about one: revert it through the pipeline or adopt it.
/// </summary>
public sealed class BypassedChangesViewModel(OutOfBandChangeDetector detector, BypassedChangeActions actions, ILogger<BypassedChangesViewModel> logger)
{
    public const int Shown = 10;

    public IReadOnlyList<BypassedChangeRow> Latest { get; private set; } = [];
    public int TotalCount { get; private set; }
    public int UnhandledCount { get; private set; }
    /// <summary>Why the list could not be loaded, or why the last action was refused; shown in place.</summary>
    public string? Error { get; private set; }

    public async Task LoadAsync(CancellationToken cancellationToken, string? key = null, int shown = Shown)
    {
        try
        {
            var page = await detector.ListAsync(1, shown, cancellationToken, key);
            (Latest, TotalCount, UnhandledCount) = ([.. page.Items.Select(BypassedChangeRow.From)], page.TotalCount, page.UnhandledCount);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The list is a warning beside the page's own content: without it the page still works, so log and say so.
            logger.LogError(ex, "Loading the changes made outside the pipeline failed");
            (Latest, TotalCount, UnhandledCount) = ([], 0, 0);
            Error = "The changes made outside the pipeline could not be loaded; reload the page to try again.";
        }
    }

    /// <returns>The draft proposal that writes the old value back, or null with <see cref="Error"/> saying why not.</returns>
    public Task<Guid?> RevertAsync(long id, ProposalActor actor, CancellationToken cancellationToken) =>
        ActAsync(async () => (Guid?)(await actions.RevertAsync(id, actor, cancellationToken)).Id);

    public async Task<bool> AdoptAsync(long id, ProposalActor actor, CancellationToken cancellationToken) =>
        await ActAsync(async () => (bool?)(await actions.AdoptAsync(id, actor, cancellationToken)).IsHandled) ?? false;

    private async Task<T?> ActAsync<T>(Func<Task<T?>> act) where T : struct
    {
        Error = null;
        try
        {
            return await act();
        }
        catch (Exception refused) when (refused is DomainException or InputException or NotFoundException or ConflictException)
        {
            Error = refused.Message;
            return null;
        }
    }
}
