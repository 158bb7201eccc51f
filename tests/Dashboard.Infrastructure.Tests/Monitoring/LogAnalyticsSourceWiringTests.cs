using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Azure.Core;
using Azure.Core.Pipeline;
using Dashboard.Application.Health;
using Dashboard.Domain.Health;
using Dashboard.Infrastructure.Health;
using Dashboard.Infrastructure.Monitoring;
using Dashboard.Infrastructure.Tests.AppConfiguration.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Dashboard.Infrastructure.Tests.Monitoring;

/// <summary>
/// Health:Source = LogAnalytics through the service registrations against a fake Log Analytics server on a loopback HTTPS port
/// (bearer tokens are only sent over TLS), answering with the recorded partial-success session's error and a request summary.
/// </summary>
public sealed class LogAnalyticsSourceWiringTests : IAsyncLifetime
{
    private const string Workspace = "0a1f6b9a-caa1-4e5a-ac9a-54aa9b2fb131";
    private readonly X509Certificate2 _certificate = LoopbackCertificate();
    private WebApplication _server = null!;
    private int _queries;

    public async Task InitializeAsync()
    {
        var recorded = RecordedSession.Load("CanQueryPartialSuccess", "monitor").Entries[0];
        var partialError = System.Text.Json.JsonDocument.Parse(recorded.ResponseBodyBytes()).RootElement.GetProperty("error").GetRawText();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0, listen => listen.UseHttps(_certificate)));
        _server = builder.Build();
        _server.MapPost("/v1/workspaces/{id}/query", (string id) =>
        {
            Interlocked.Increment(ref _queries);
            var minute = DateTimeOffset.UtcNow.AddMinutes(-1).ToString("yyyy-MM-ddTHH:mm:00Z", System.Globalization.CultureInfo.InvariantCulture);
            return Results.Text($$"""
                {"tables":[{"name":"PrimaryResult","columns":[{"name":"service","type":"string"},{"name":"minute","type":"datetime"},{"name":"requests","type":"long"},
                {"name":"serverErrors","type":"long"},{"name":"clientErrors","type":"long"},{"name":"p95","type":"real"}],
                "rows":[["billing-api","{{minute}}",200,50,0,812.5]]}],"error":{{partialError}}}
                """, "application/json");
        });
        await _server.StartAsync();
    }

    [Fact]
    public async Task AddHealthMonitoring_SourceLogAnalytics_OneQueryForManyReadersAndPartialDataShown()
    {
        using var provider = Provider(new() { ["Health:Source"] = "LogAnalytics" });
        var source = provider.GetRequiredService<LogAnalyticsHealthSource>();
        var watchList = new HealthWatchList([new WatchedEndpoint("billing-api", "staging", [new Uri("http://127.0.0.1:7101")], "/health/live", "/health/ready",
            HealthThresholds.Default, ReadinessWiring.Unknown)]);

        var readings = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => source.ReadAsync(watchList, CancellationToken.None)));

        Assert.Equal(1, _queries);
        Assert.Contains(source, provider.GetServices<IHealthSource>());
        var status = readings[0].Status;
        Assert.Equal(HealthSourceCondition.Degraded, status.Condition);
        Assert.StartsWith("partial data for staging: ", status.Message, StringComparison.Ordinal);
        var sample = Assert.Single(Assert.Single(readings[0].Observations).Requests);
        Assert.Equal((200, 50), (sample.Requests, sample.ServerErrors));
    }

    [Fact]
    public void AddHealthMonitoring_SourceProbes_RegistersNoLogAnalyticsSource()
    {
        using var provider = Provider(new() { ["Health:Source"] = "Probes" });

        Assert.Null(provider.GetService<LogAnalyticsHealthSource>());
    }

    private ServiceProvider Provider(Dictionary<string, string?> settings)
    {
        var address = _server.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        settings["Health:LogAnalytics:Endpoint"] = address;
        settings["Health:LogAnalytics:Workspaces:0:Environment"] = "staging";
        settings["Health:LogAnalytics:Workspaces:0:WorkspaceId"] = Workspace;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddHealthMonitoring(configuration);
        var thumbprint = _certificate.Thumbprint;
        services.AddKeyedSingleton<TokenCredential>(LogAnalyticsHealthSource.SourceName, new StaticTokenCredential());
        services.AddKeyedSingleton<HttpPipelineTransport>(LogAnalyticsHealthSource.SourceName, new HttpClientTransport(new HttpClient(new HttpClientHandler
        {
            ServerCertificateCustomValidationCallback = (_, certificate, _, _) => certificate?.Thumbprint == thumbprint,
        })));
        return services.BuildServiceProvider();
    }

    private static X509Certificate2 LoopbackCertificate()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=127.0.0.1", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        using var created = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
        return X509CertificateLoader.LoadPkcs12(created.Export(X509ContentType.Pfx), null);
    }

    public async Task DisposeAsync()
    {
        await _server.StopAsync();
        await _server.DisposeAsync();
        _certificate.Dispose();
    }
}
