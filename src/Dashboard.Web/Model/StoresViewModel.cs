using Dashboard.Domain;
using Dashboard.Domain.Catalog;
using Dashboard.Application.Catalog;
using Dashboard.Application.Errors;
using Dashboard.Infrastructure.ConfigStores;
using Dashboard.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components.Authorization;

namespace Dashboard.Web.Model;

/// <summary>
/// The Stores page's state and commands. Every change checks the Admin policy here, on the server, whatever the page
/// shows; a refused change comes back as the reason and leaves the stored catalog as it was.
/// </summary>
public sealed class StoresViewModel(
    ICatalogSource catalogSource,
    CatalogEditing editor,
    StoreConnectionTester tester,
    AuthenticationStateProvider authenticationState,
    IAuthorizationService authorization,
    ILogger<StoresViewModel> logger)
{
    public const string NotAllowed = "Only an Admin can change the stores; ask an Admin to make this change.";

    private ServiceCatalog _catalog = new();

    public LoadState State { get; private set; } = LoadState.Loading;
    public string? Error { get; private set; }
    public bool CanEdit { get; private set; }
    public IReadOnlyList<CatalogStoreRow> Stores { get; private set; } = [];
    public IReadOnlyList<string> Environments { get; private set; } = [];

    public async Task LoadAsync(CancellationToken cancellationToken)
    {
        State = LoadState.Loading;
        try
        {
            CanEdit = await IsAdminAsync();
            _catalog = await catalogSource.LoadAsync(cancellationToken);
            Environments = [.. _catalog.Environments.Select(e => e.Name)];
            Stores = [.. _catalog.Stores.Select(ToRow)];
            State = LoadState.Loaded;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Loading the config stores failed");
            Error = $"The config stores could not be loaded: {ex.GetBaseException().Message}";
            State = LoadState.Failed;
        }
    }

    public StoreForm NewForm() => StoreForm.New(Environments);

    public StoreForm? FormFor(string name) => _catalog.FindStore(name) is { } store ? StoreForm.From(store, Environments) : null;

    /// <returns>Null when saved; otherwise why not, to show in the dialog.</returns>
    public Task<string?> SaveAsync(StoreForm form, CancellationToken cancellationToken) =>
        WriteAsync(actor => form.IsNew
            ? editor.AddStoreAsync(form.ToDefinition(), actor, cancellationToken)
            : editor.UpdateStoreAsync(form.Name, form.ToDefinition(), actor, cancellationToken), $"store '{form.Name}'", cancellationToken);

    /// <returns>Null when removed; otherwise why not.</returns>
    public Task<string?> RemoveAsync(string name, CancellationToken cancellationToken) =>
        WriteAsync(actor => editor.RemoveStoreAsync(name, actor, cancellationToken), $"store '{name}'", cancellationToken);

    /// <summary>Tries the store as the form describes it, saved or not: one page of keys, or exactly what failed.</summary>
    public async Task<StoreConnectionReport> TestAsync(StoreForm form, CancellationToken cancellationToken)
    {
        if (!await IsAdminAsync())
            return Refused(form.Name, NotAllowed);
        try
        {
            return await tester.TestAsync(form.ToDefinition().ToStore(), cancellationToken);
        }
        catch (InputException ex)
        {
            return Refused(form.Name, ex.Message);
        }
    }

    private static StoreConnectionReport Refused(string store, string reason) => new(store, false, reason, 0, null, null, TimeSpan.Zero);

    private async Task<string?> WriteAsync(Func<string, Task> write, string what, CancellationToken cancellationToken)
    {
        if (!await IsAdminAsync()) return NotAllowed;
        try
        {
            await write(CurrentActor.Of((await authenticationState.GetAuthenticationStateAsync()).User).UserId);
        }
        catch (Exception ex) when (ex is DomainException or InputException or NotFoundException or ConflictException)
        {
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

    private async Task<bool> IsAdminAsync()
    {
        var user = (await authenticationState.GetAuthenticationStateAsync()).User;
        return (await authorization.AuthorizeAsync(user, Policies.Admin)).Succeeded;
    }

    private CatalogStoreRow ToRow(ConfigStore store) => new(
        store.Name,
        store.Kind == ConfigStoreKind.Local ? "Embedded local store" : "Azure App Configuration",
        store.Endpoint?.GetLeftPart(UriPartial.Authority),
        store.Authentication switch
        {
            ConfigStoreAuthentication.EntraId => "Entra ID",
            ConfigStoreAuthentication.ConnectionString => $"Connection string (ConfigStores:Connections:{store.Name}:ConnectionString)",
            _ => "None needed",
        },
        [.. Environments.Select(e => (e, store.BindingFor(e) is { } binding ? binding.Label ?? "(no label)" : "not mapped"))],
        [.. _catalog.Services.Where(s => string.Equals(s.ConfigStore, store.Name, StringComparison.OrdinalIgnoreCase)).Select(s => s.Name)]);
}
