using Dashboard.Web.Model;
using Microsoft.AspNetCore.Components;

namespace Dashboard.Web.Components.Pages;

public partial class AuditLog
{
    [Inject] public required AuditLogViewModel Model { get; init; }

    protected override Task OnInitializedAsync() => Model.LoadAsync(CancellationToken.None);

    private Task VerifyAsync() => Model.VerifyAsync(CancellationToken.None);
}
