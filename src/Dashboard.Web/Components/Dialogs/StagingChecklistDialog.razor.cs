using Dashboard.Domain.Proposals;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace Dashboard.Web.Components.Dialogs;

/// <summary>The staging checklist an engineer signs; closes with a <see cref="StagingChecklist"/> only when every check is ticked.</summary>
public partial class StagingChecklistDialog
{
    public static readonly IReadOnlyList<string> DefaultChecks =
    [
        "The affected services stayed healthy in staging",
        "The behaviour was checked in staging",
        "No new errors appeared in the staging logs",
    ];

    private bool[] _ticked = [];

    [CascadingParameter] public required IMudDialogInstance Dialog { get; set; }
    [Parameter] public IReadOnlyList<string> Checks { get; set; } = DefaultChecks;

    private bool AllTicked => _ticked.Length > 0 && _ticked.All(t => t);

    protected override void OnParametersSet()
    {
        if (_ticked.Length != Checks.Count) _ticked = new bool[Checks.Count];
    }

    private void Confirm() =>
        Dialog.Close(DialogResult.Ok(new StagingChecklist(Checks.Select((check, i) => new StagingChecklistItem(check, _ticked[i])))));

    private void Cancel() => Dialog.Cancel();
}
