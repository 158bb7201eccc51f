using Dashboard.Infrastructure.ConfigStores;
using Dashboard.Web.Model;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace Dashboard.Web.Components.Dialogs;

/// <summary>Adds or edits a store; "Test connection" tries it as typed, before it is saved.</summary>
public partial class StoreEditDialog
{
    private string? _error;
    private StoreConnectionReport? _report;
    private bool _busy;

    [CascadingParameter] public required IMudDialogInstance Dialog { get; set; }
    [Parameter, EditorRequired] public required StoreForm Form { get; set; }
    /// <summary>Saves the form; returns null when saved, otherwise why not.</summary>
    [Parameter, EditorRequired] public required Func<StoreForm, Task<string?>> Save { get; set; }
    [Parameter, EditorRequired] public required Func<StoreForm, Task<StoreConnectionReport>> Test { get; set; }

    private async Task SaveAsync()
    {
        _busy = true;
        _error = await Save(Form);
        _busy = false;
        if (_error is null) Dialog.Close(DialogResult.Ok(Form.Name));
    }

    private async Task TestAsync()
    {
        _busy = true;
        _report = null;
        _report = await Test(Form);
        _busy = false;
    }

    private void Cancel() => Dialog.Cancel();
}
