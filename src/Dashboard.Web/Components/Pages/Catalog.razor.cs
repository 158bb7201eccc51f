using Dashboard.Web.Components.Dialogs;
using Dashboard.Web.Model;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace Dashboard.Web.Components.Pages;

public partial class Catalog : IDisposable
{
    private readonly CancellationTokenSource _disposed = new();

    [Inject] public required CatalogViewModel Model { get; init; }
    [Inject] public required IDialogService Dialogs { get; init; }
    [Inject] public required ISnackbar Snackbar { get; init; }

    protected override Task OnInitializedAsync() => Model.LoadAsync(_disposed.Token);

    private Task ReloadAsync() => Model.LoadAsync(_disposed.Token);

    private async Task EditServiceAsync(string serviceName)
    {
        if (Model.EditFormFor(serviceName) is not { } form) return;
        var parameters = new DialogParameters<ServiceEditDialog>
        {
            { d => d.Form, form },
            { d => d.Save, f => Model.SaveServiceAsync(f, _disposed.Token) },
        };
        await ShowAndConfirmAsync<ServiceEditDialog>($"Edit {serviceName}", parameters, $"Saved {serviceName}.");
    }

    private async Task EditRetryAsync(CatalogDependencyRow row)
    {
        if (Model.RetryFormFor(row) is not { } form) return;
        var parameters = new DialogParameters<RetryPolicyDialog>
        {
            { d => d.Form, form },
            { d => d.Save, f => Model.SaveRetryPolicyAsync(f, _disposed.Token) },
        };
        await ShowAndConfirmAsync<RetryPolicyDialog>($"Retry policy: {row.Caller} → {row.TargetReference}", parameters, "Saved the retry policy.");
    }

    private async Task OpenImportAsync()
    {
        var parameters = new DialogParameters<CatalogImportDialog>
        {
            { d => d.Import, files => Model.ImportAsync(files, _disposed.Token) },
        };
        var dialog = await Dialogs.ShowAsync<CatalogImportDialog>("Import catalog-info.yaml", parameters,
            new DialogOptions { MaxWidth = MaxWidth.Medium, FullWidth = true, CloseOnEscapeKey = true });
        await dialog.Result;
        StateHasChanged();
    }

    private async Task ShowAndConfirmAsync<TDialog>(string title, DialogParameters<TDialog> parameters, string saved) where TDialog : IComponent
    {
        var dialog = await Dialogs.ShowAsync<TDialog>(title, parameters,
            new DialogOptions { MaxWidth = MaxWidth.Small, FullWidth = true, CloseOnEscapeKey = true });
        var result = await dialog.Result;
        if (result is { Canceled: false })
        {
            Snackbar.Add(saved, Severity.Success);
            StateHasChanged();
        }
    }

    public void Dispose()
    {
        _disposed.Cancel();
        _disposed.Dispose();
    }
}
