using Dashboard.Web.Hosting;

namespace Dashboard.Web.Security;

/// <summary>
/// Whether the demo accounts (whose passwords are in the README, Admin included) may sign in here: always in Development,
/// elsewhere only when the demo world is seeded and <c>Authentication:EnableDemoAccounts</c> is true. Every page warns while they may.
/// </summary>
public sealed class DemoAccountAccess(bool enabled)
{
    public bool Enabled { get; } = enabled;

    public static DemoAccountAccess For(IHostEnvironment environment, HostSettings settings) => new(
        settings.Authentication.ParsedMode == AuthenticationMode.Local
        && (environment.IsDevelopment() || (settings.DemoWorld.Seed && settings.Authentication.EnableDemoAccounts)));
}
