using Dashboard.Web.Model;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace Dashboard.Web.Components.Dialogs;

/// <summary>Edits a copy of one service; the domain's refusal is shown here and the stored entry stays as it was.</summary>
public partial class ServiceEditDialog
{
    private string? _error;
    private bool _saving;

    [CascadingParameter] public required IMudDialogInstance Dialog { get; set; }
    [Parameter, EditorRequired] public required ServiceForm Form { get; set; }
    /// <summary>Saves the form; returns null when saved, otherwise why not.</summary>
    [Parameter, EditorRequired] public required Func<ServiceForm, Task<string?>> Save { get; set; }

    private async Task SaveAsync()
    {
        _saving = true;
        _error = await Save(Form);
        _saving = false;
        if (_error is null) Dialog.Close(DialogResult.Ok(Form.Name));
    }

    private void Cancel() => Dialog.Cancel();
}
