using Dashboard.Web.Hosting;

WebApplication app;
try
{
    app = DashboardHost.Build(args);
}
catch (InvalidSettingsException ex)
{
    foreach (var failure in ex.Failures)
        await Console.Error.WriteLineAsync($"Cannot start: {failure}");
    return 2;
}

await app.InitializeDatabaseAsync();
var demoAccounts = app.Services.GetRequiredService<Dashboard.Web.Security.DemoAccountAccess>().Enabled;
app.Lifetime.ApplicationStarted.Register(() =>
{
    foreach (var address in app.ListeningAddresses())
        Console.WriteLine($"Dashboard is running at {address}{(demoAccounts ? "  (sign in with a demo account from README.md)" : "")}");
});
await app.RunAsync();
return 0;

/// <summary>Entry point; public so test hosts can name the assembly.</summary>
public partial class Program;
