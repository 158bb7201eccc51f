using Dashboard.SampleFleet.Fleet;
using Microsoft.Extensions.Options;

// The demo world's services on loopback, reading their configuration from the dashboard's local store.
// Run it beside the dashboard: dotnet run --project src/Dashboard.SampleFleet
var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
{
    Args = args,
    // The root appsettings.json (the SampleFleet section) and appsettings.Development.json are linked into the output.
    ContentRootPath = AppContext.BaseDirectory,
});
builder.Logging.AddSimpleConsole(console =>
{
    console.SingleLine = true;
    console.TimestampFormat = "HH:mm:ss ";
});
builder.Services.AddSampleFleet();

using var host = builder.Build();
try
{
    // Validated here rather than inside the host's start, which would log the failure with a stack trace first.
    _ = host.Services.GetRequiredService<IOptions<SampleFleetOptions>>().Value;
    await host.StartAsync();
}
catch (OptionsValidationException ex)
{
    foreach (var failure in ex.Failures)
        await Console.Error.WriteLineAsync($"Cannot start: {failure}");
    return 2;
}
await host.WaitForShutdownAsync();
return Environment.ExitCode;
