using Dashboard.Web.Components.Dialogs;
using Dashboard.Web.Model;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace Dashboard.Web.Components.Pages;

public partial class Stores : IDisposable
{
    private readonly CancellationTokenSource _disposed = new();

    [Inject] public required StoresViewModel Model { get; init; }
    [Inject] public required IDialogService Dialogs { get; init; }
    [Inject] public required ISnackbar Snackbar { get; init; }

    protected override Task OnInitializedAsync() => Model.LoadAsync(_disposed.Token);

    private Task ReloadAsync() => Model.LoadAsync(_disposed.Token);

    private Task AddAsync() => ShowAsync("Add a store", Model.NewForm());

    private async Task EditAsync(string name)
    {
        if (Model.FormFor(name) is { } form) await ShowAsync($"Edit {name}", form);
    }

    private async Task RemoveAsync(string name)
    {
        var confirmed = await Dialogs.ShowMessageBoxAsync($"Remove {name}?",
            "The dashboard stops mapping and watching this store. Its keys stay in the store itself.", yesText: "Remove", cancelText: "Cancel");
        if (confirmed != true) return;
        var error = await Model.RemoveAsync(name, _disposed.Token);
        Snackbar.Add(error ?? $"Removed {name}.", error is null ? Severity.Success : Severity.Error);
        StateHasChanged();
    }

    private async Task ShowAsync(string title, StoreForm form)
    {
        var parameters = new DialogParameters<StoreEditDialog>
        {
            { d => d.Form, form },
            { d => d.Save, f => Model.SaveAsync(f, _disposed.Token) },
            { d => d.Test, f => Model.TestAsync(f, _disposed.Token) },
        };
        var dialog = await Dialogs.ShowAsync<StoreEditDialog>(title, parameters,
            new DialogOptions { MaxWidth = MaxWidth.Small, FullWidth = true, CloseOnEscapeKey = true });
        if (await dialog.Result is { Canceled: false })
        {
            Snackbar.Add($"Saved {form.Name}.", Severity.Success);
            StateHasChanged();
        }
    }

    public void Dispose()
    {
        _disposed.Cancel();
        _disposed.Dispose();
    }
}
