using System.Net;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Dashboard.Infrastructure.AppConfiguration;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Dashboard.Infrastructure.Tests.AppConfiguration.Support;

/// <summary>
/// A real HTTP server on 127.0.0.1 and a port of its own, answering every request with the handler it is started with:
/// the client meets real sockets, real status codes and, with <c>https: true</c>, a real TLS handshake with a certificate
/// it does not trust.
/// </summary>
public sealed class LoopbackStore : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly StrongBox<int> _requests;

    private LoopbackStore(WebApplication app, Uri endpoint, StrongBox<int> requests)
    {
        _app = app;
        Endpoint = endpoint;
        _requests = requests;
    }

    public Uri Endpoint { get; }

    /// <summary>How many requests reached the server, retries included.</summary>
    public int Requests => Volatile.Read(ref _requests.Value);

    public static async Task<LoopbackStore> StartAsync(RequestDelegate handle, bool https = false)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0, listen =>
        {
            if (https) listen.UseHttps(SelfSignedCertificate());
        }));
        var app = builder.Build();
        var requests = new StrongBox<int>();
        app.Run(async context =>
        {
            Interlocked.Increment(ref requests.Value);
            await handle(context);
        });
        await app.StartAsync();
        var address = new Uri(app.Urls.Single());
        return new LoopbackStore(app, new Uri($"{address.Scheme}://127.0.0.1:{address.Port}"), requests);
    }

    /// <summary>A loopback port that nothing listens on: it was bound, then released.</summary>
    public static Uri ClosedPort()
    {
        var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return new Uri($"http://127.0.0.1:{port}");
    }

    /// <summary>A client for <paramref name="endpoint"/> with quick retries and a short network timeout.</summary>
    public static AppConfigurationClient Client(Uri endpoint, string storeName = "orders-config", int maxRetries = 2, TimeSpan? networkTimeout = null)
    {
        var options = new AppConfigurationClientOptions { StoreName = storeName };
        options.Retry.MaxRetries = maxRetries;
        options.Retry.Delay = TimeSpan.FromMilliseconds(1);
        options.Retry.MaxDelay = TimeSpan.FromMilliseconds(20);
        options.Retry.NetworkTimeout = networkTimeout ?? TimeSpan.FromSeconds(10);
        return new AppConfigurationClient(
            $"Endpoint={endpoint};Id={ScriptedClient.Credential};Secret={Convert.ToBase64String(ScriptedClient.Secret)}", options);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private static X509Certificate2 SelfSignedCertificate()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=localhost", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddHours(1));
        // Kestrel needs the private key in a form the platform's TLS stack can use.
        return X509CertificateLoader.LoadPkcs12(certificate.Export(X509ContentType.Pkcs12), null);
    }
}
