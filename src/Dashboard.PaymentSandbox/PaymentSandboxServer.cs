using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Dashboard.PaymentSandbox;

/// <summary>
/// The sandbox started in-process on a loopback port (port 0 picks a free one): how the dashboard's embedded default and the
/// tests run it. Stopping it leaves its SQLite file, so a new server on the same file sees the same state.
/// </summary>
public sealed class PaymentSandboxServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private PaymentSandboxServer(WebApplication app, Uri baseAddress)
    {
        _app = app;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }
    public PaymentSandboxOptions Options => _app.Services.GetRequiredService<PaymentSandboxOptions>();
    public SandboxStore Store => _app.Services.GetRequiredService<SandboxStore>();
    public FaultInjector Faults => _app.Services.GetRequiredService<FaultInjector>();
    public SandboxStats Stats => _app.Services.GetRequiredService<SandboxStats>();

    public static async Task<PaymentSandboxServer> StartAsync(
        PaymentSandboxOptions options, string url = "http://127.0.0.1:0", TimeProvider? time = null, CancellationToken cancellationToken = default)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ApplicationName = typeof(PaymentSandboxServer).Assembly.GetName().Name });
        builder.WebHost.UseUrls(url);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        var app = PaymentSandboxApp.Build(builder, options, time);
        await app.InitializeAsync(cancellationToken);
        await app.StartAsync(cancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new PaymentSandboxServer(app, new Uri(address.EndsWith('/') ? address : address + "/"));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
