using Dashboard.Domain;
using Dashboard.Domain.Catalog;
using Dashboard.Application.Catalog;
using Dashboard.Application.Errors;
using Dashboard.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components.Authorization;

namespace Dashboard.Web.Model;

/// <summary>
/// The Catalog page's state and commands. Every write checks the Admin policy here, on the server, whatever the page
/// shows; refused edits come back as the domain's message and leave the stored entry as it was.
/// </summary>
public sealed class CatalogViewModel(
    ICatalogSource catalogSource,
    ICatalogVersionQueries versions,
    CatalogEditing editor,
    CatalogImporting importer,
    AuthenticationStateProvider authenticationState,
    IAuthorizationService authorization,
    ILogger<CatalogViewModel> logger)
{
    public const int MaxFileBytes = 256 * 1024;
    public const int MaxFiles = 20;
    public const string NotAllowed = "Only an Admin can change the catalog; ask an Admin to make this change.";

    private ServiceCatalog _catalog = new();
    private CatalogVersions _versions = new(new Dictionary<string, int>(), new Dictionary<string, int>());

    public LoadState State { get; private set; } = LoadState.Loading;
    public string? Error { get; private set; }
    public bool CanEdit { get; private set; }
    public IReadOnlyList<CatalogServiceRow> Services { get; private set; } = [];

    public async Task LoadAsync(CancellationToken cancellationToken)
    {
        State = LoadState.Loading;
        try
        {
            CanEdit = await IsAdminAsync();
            _catalog = await catalogSource.LoadAsync(cancellationToken);
            _versions = await versions.LoadAsync(cancellationToken);
            Services = [.. _catalog.Services.Select(ToRow)];
            State = LoadState.Loaded;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Loading the service catalog failed");
            Error = $"The service catalog could not be loaded: {ex.GetBaseException().Message}";
            State = LoadState.Failed;
        }
    }

    public ServiceForm? EditFormFor(string serviceName) =>
        _catalog.FindService(serviceName) is { } service ? ServiceForm.From(service, _versions.Of(service)) : null;

    public RetryPolicyForm? RetryFormFor(CatalogDependencyRow row) =>
        _catalog.FindDependency(row.Caller, row.TargetKind, row.Target) is { } dependency ? RetryPolicyForm.From(dependency, _versions.Of(dependency)) : null;

    /// <returns>Null when saved; otherwise why not, to show in the dialog.</returns>
    public Task<string?> SaveServiceAsync(ServiceForm form, CancellationToken cancellationToken) =>
        WriteAsync(actor => editor.UpdateServiceAsync(form.ToChanges(), actor, cancellationToken), $"service '{form.Name}'", cancellationToken);

    /// <returns>Null when saved; otherwise why not, to show in the dialog.</returns>
    public Task<string?> SaveRetryPolicyAsync(RetryPolicyForm form, CancellationToken cancellationToken) =>
        WriteAsync(actor => editor.ChangeRetryPolicyAsync(form.ToChange(), actor, cancellationToken),
            $"the retry policy of {form.Caller} → {form.TargetReference}", cancellationToken);

    /// <summary>Why a picked file cannot be imported (too large, not YAML), or null when it can.</summary>
    public static string? CheckFile(string name, long size)
    {
        if (!name.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) && !name.EndsWith(".yml", StringComparison.OrdinalIgnoreCase))
            return $"{name} is not a .yaml or .yml file; pick Backstage catalog-info.yaml descriptors.";
        return size > MaxFileBytes
            ? $"{name} is {Math.Ceiling(size / 1024.0):0} KB; a descriptor file may be at most {MaxFileBytes / 1024} KB. Split it into several files."
            : null;
    }

    public async Task<CatalogImportResult> ImportAsync(IReadOnlyList<(string File, string Text)> files, CancellationToken cancellationToken)
    {
        if (!await IsAdminAsync())
            return CatalogImportResult.Rejected([new CatalogDiagnostic("import", null, NotAllowed)]);
        var result = await importer.ImportAsync(files, await ActorAsync(), cancellationToken);
        if (result.Report is { ChangedAnything: true }) await LoadAsync(cancellationToken);
        return result;
    }

    private async Task<string?> WriteAsync(Func<string, Task> write, string what, CancellationToken cancellationToken)
    {
        if (!await IsAdminAsync()) return NotAllowed;
        try
        {
            await write(await ActorAsync());
        }
        catch (Exception ex) when (ex is DomainException or ConflictException or NotFoundException)
        {
            // A stale edit says what the entry holds now: reload, so the next attempt starts from it.
            if (ex is not DomainException) await LoadAsync(cancellationToken);
            return ex.Message;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Saving {What} failed", what);
            return $"Saving {what} failed: {ex.GetBaseException().Message}. Nothing was changed; try again.";
        }
        await LoadAsync(cancellationToken);
        return null;
    }

    private async Task<string> ActorAsync() => CurrentActor.Of((await authenticationState.GetAuthenticationStateAsync()).User).UserId;

    private async Task<bool> IsAdminAsync()
    {
        var user = (await authenticationState.GetAuthenticationStateAsync()).User;
        return (await authorization.AuthorizeAsync(user, Policies.Admin)).Succeeded;
    }

    private CatalogServiceRow ToRow(Service service) => new(
        service.Name, service.OwnerTeam, service.Kind.ToString(), service.Lifecycle.ToString(), service.Description,
        service.SourcePath, service.DeclaredConfigKeys,
        [.. _catalog.DependenciesOf(service.Name).Select(d => new CatalogDependencyRow(
            d.Caller, d.TargetKind, d.Target, d.TargetReference, d.Retry.Describe(), d.Retry.RetriesWithoutBackoff))]);
}
