using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Dashboard.Benchmarks.LoadRuns;

/// <summary>
/// The fleet the probe load run probes, in its own process so its CPU is not counted as the dashboard's: instances
/// under /i/{n}/ on several loopback ports, answering liveness and readiness (every tenth instance not ready).
/// Prints one "listening" line per port, then serves until its standard input closes.
/// </summary>
internal static class ProbeTargetServer
{
    public const string Command = "probe-targets";

    public static async Task RunAsync(int instances, int ports)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel =>
        {
            for (var i = 0; i < ports; i++) kestrel.Listen(IPAddress.Loopback, 0);
        });
        var app = builder.Build();
        app.MapGet("/i/{n:int}/health/live", (int n) => n < instances ? Results.Text("Healthy") : Results.NotFound());
        app.MapGet("/i/{n:int}/health/ready", (int n) => n % 10 == 9 ? Results.Text("Unhealthy", statusCode: 503) : Results.Text("Healthy"));
        await app.StartAsync();
        foreach (var address in app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses)
            Console.WriteLine("listening " + address);
        Console.WriteLine("ready");
        // The parent closes our standard input when it is done (or dies): then stop.
        await Console.In.ReadToEndAsync();
        await app.StopAsync();
    }
}
