using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Dashboard.Domain.Reconciliation;
using Dashboard.Infrastructure.Payments;
using Dashboard.PaymentSandbox;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Infrastructure.Tests.Payments;

/// <summary>The Stripe adapter, wired as the dashboard wires it, against a sandbox on 127.0.0.1 with its own SQLite file.</summary>
public sealed class GatewayUnderTest : IAsyncDisposable
{
    private readonly ServiceProvider _services;
    private readonly string _folder;

    private GatewayUnderTest(PaymentSandboxServer sandbox, ServiceProvider services, string folder)
    {
        Sandbox = sandbox;
        _services = services;
        _folder = folder;
        Gateway = services.GetRequiredService<IPaymentGateway>();
        Control = new HttpClient { BaseAddress = sandbox.BaseAddress };
        Control.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", sandbox.Options.ApiKey);
    }

    public PaymentSandboxServer Sandbox { get; }
    public IPaymentGateway Gateway { get; }
    public HttpClient Control { get; }

    public static async Task<GatewayUnderTest> StartAsync(
        int sandboxPerSecond = 1000, int clientPerSecond = 500, int timeoutSeconds = 5, int retries = 3, string? apiKey = null, int circuitBreakSeconds = 15)
    {
        var folder = Directory.CreateTempSubdirectory("gateway-tests-").FullName;
        var sandbox = await PaymentSandboxServer.StartAsync(new PaymentSandboxOptions
        {
            DatabasePath = Path.Combine(folder, "sandbox.db"),
            RequestsPerSecond = sandboxPerSecond,
        });
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["PaymentGateway:EmbeddedSandbox"] = "false",
            ["PaymentGateway:ApiBase"] = sandbox.BaseAddress.ToString(),
            ["PaymentGateway:ApiKey"] = apiKey ?? sandbox.Options.ApiKey,
            ["PaymentGateway:RequestsPerSecond"] = clientPerSecond.ToString(CultureInfo.InvariantCulture),
            ["PaymentGateway:TimeoutSeconds"] = timeoutSeconds.ToString(CultureInfo.InvariantCulture),
            ["PaymentGateway:MaxRetries"] = retries.ToString(CultureInfo.InvariantCulture),
            ["PaymentGateway:RetryBaseDelayMilliseconds"] = "50",
            ["PaymentGateway:CircuitBreakSeconds"] = circuitBreakSeconds.ToString(CultureInfo.InvariantCulture),
        }).Build();
        var services = new ServiceCollection().AddLogging().AddPaymentGateway(configuration).BuildServiceProvider(validateScopes: true);
        return new GatewayUnderTest(sandbox, services, folder);
    }

    /// <summary>An authorised card payment for <paramref name="orderId"/>, created straight on the sandbox.</summary>
    public async Task<string> AuthorizeAsync(string orderId, long amount = 2500)
    {
        var response = await Control.PostAsync("v1/payment_intents", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["amount"] = amount.ToString(CultureInfo.InvariantCulture),
            ["currency"] = "eur",
            ["capture_method"] = "manual",
            ["confirm"] = "true",
            ["metadata[order_id]"] = orderId,
        }));
        response.EnsureSuccessStatusCode();
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetString()!;
    }

    public async Task AddFaultAsync(object rule) => (await Control.PostAsJsonAsync("_sandbox/faults", rule)).EnsureSuccessStatusCode();

    public async Task ClearFaultsAsync() => (await Control.DeleteAsync("_sandbox/faults")).EnsureSuccessStatusCode();

    public async Task<JsonElement> StatsAsync() => JsonDocument.Parse(await Control.GetStringAsync("_sandbox/stats")).RootElement.Clone();

    public async ValueTask DisposeAsync()
    {
        Control.Dispose();
        await _services.DisposeAsync();
        await Sandbox.DisposeAsync();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }
}
