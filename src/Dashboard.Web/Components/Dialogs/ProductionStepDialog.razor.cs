using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace Dashboard.Web.Components.Dialogs;

/// <summary>
/// Confirms a step towards production (Approve, Apply to production) with what it changes and the risk as it stands now;
/// approving asks for a mitigation, which the domain requires for high and critical changes. Closes with the mitigation typed ("" when none).
/// </summary>
public partial class ProductionStepDialog
{
    private string? _mitigation;

    [CascadingParameter] public required IMudDialogInstance Dialog { get; set; }
    [Parameter, EditorRequired] public required string Key { get; set; }
    [Parameter, EditorRequired] public required string Before { get; set; }
    [Parameter, EditorRequired] public required string After { get; set; }
    [Parameter, EditorRequired] public required string RiskLevel { get; set; }
    [Parameter] public string RiskExplanation { get; set; } = "";
    [Parameter] public string ConfirmText { get; set; } = "Confirm";
    [Parameter] public bool AsksForMitigation { get; set; }
    [Parameter] public bool MitigationRequired { get; set; }

    private bool CanConfirm => !MitigationRequired || !string.IsNullOrWhiteSpace(_mitigation);

    private void Confirm() => Dialog.Close(DialogResult.Ok((_mitigation ?? "").Trim()));

    private void Cancel() => Dialog.Cancel();
}
