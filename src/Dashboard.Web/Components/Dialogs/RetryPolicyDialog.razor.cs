using Dashboard.Web.Model;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace Dashboard.Web.Components.Dialogs;

/// <summary>Edits how a caller retries one dependency; invalid policies are explained by the domain.</summary>
public partial class RetryPolicyDialog
{
    private string? _error;
    private bool _saving;

    [CascadingParameter] public required IMudDialogInstance Dialog { get; set; }
    [Parameter, EditorRequired] public required RetryPolicyForm Form { get; set; }
    /// <summary>Saves the form; returns null when saved, otherwise why not.</summary>
    [Parameter, EditorRequired] public required Func<RetryPolicyForm, Task<string?>> Save { get; set; }

    private async Task SaveAsync()
    {
        _saving = true;
        _error = await Save(Form);
        _saving = false;
        if (_error is null) Dialog.Close(DialogResult.Ok(Form.TargetReference));
    }

    private void Cancel() => Dialog.Cancel();
}
