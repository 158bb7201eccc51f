using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace Dashboard.Web.Components.Dialogs;

/// <summary>Asks why (reject, abandon) or what went wrong (failed verification); closes with the text typed.</summary>
public partial class ProposalReasonDialog
{
    private string? _text;

    [CascadingParameter] public required IMudDialogInstance Dialog { get; set; }
    [Parameter, EditorRequired] public required string Prompt { get; set; }
    [Parameter] public string Label { get; set; } = "Reason";
    [Parameter] public string ConfirmText { get; set; } = "Confirm";
    /// <summary>Several reasons, one per line (a failed verification lists each problem seen).</summary>
    [Parameter] public bool OnePerLine { get; set; }

    private void Confirm() => Dialog.Close(DialogResult.Ok(_text ?? ""));

    private void Cancel() => Dialog.Cancel();
}
