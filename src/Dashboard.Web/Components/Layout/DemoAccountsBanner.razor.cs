using Dashboard.Web.Security;
using Microsoft.AspNetCore.Components;

namespace Dashboard.Web.Components.Layout;

public partial class DemoAccountsBanner
{
    [Inject] public required DemoAccountAccess DemoAccounts { get; init; }
}
