using System.Net.Http.Headers;
using System.Text.Json;

namespace Dashboard.PaymentSandbox.Tests;

/// <summary>A sandbox on 127.0.0.1 with its own SQLite file, and a client that speaks to it as Stripe's clients do (form posts).</summary>
public sealed class SandboxHost : IAsyncDisposable
{
    private SandboxHost(PaymentSandboxServer server, string folder)
    {
        Server = server;
        Folder = folder;
        Client = CreateClient(server, server.Options.ApiKey);
    }

    public PaymentSandboxServer Server { get; private set; }
    public HttpClient Client { get; private set; }
    public string Folder { get; }

    public static async Task<SandboxHost> StartAsync(int requestsPerSecond = 1000, TimeProvider? time = null, string? folder = null)
    {
        folder ??= Directory.CreateTempSubdirectory("sandbox-tests-").FullName;
        var options = new PaymentSandboxOptions { DatabasePath = Path.Combine(folder, "sandbox.db"), RequestsPerSecond = requestsPerSecond };
        return new SandboxHost(await PaymentSandboxServer.StartAsync(options, time: time), folder);
    }

    /// <summary>Stops the sandbox and starts a new one on the same file, as a restart would.</summary>
    public async Task RestartAsync()
    {
        var options = Server.Options;
        Client.Dispose();
        await Server.DisposeAsync();
        Server = await PaymentSandboxServer.StartAsync(options);
        Client = CreateClient(Server, options.ApiKey);
    }

    public static HttpClient CreateClient(PaymentSandboxServer server, string apiKey) => new()
    {
        BaseAddress = server.BaseAddress,
        DefaultRequestHeaders = { Authorization = new AuthenticationHeaderValue("Bearer", apiKey) },
    };

    public async Task<(HttpResponseMessage Response, JsonElement Json)> PostAsync(string path, IEnumerable<(string, string)> form, string? idempotencyKey = null, HttpClient? client = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path)
        {
            Content = new FormUrlEncodedContent(form.Select(f => KeyValuePair.Create(f.Item1, f.Item2))),
        };
        if (idempotencyKey is not null) request.Headers.Add("Idempotency-Key", idempotencyKey);
        var response = await (client ?? Client).SendAsync(request);
        return (response, await ReadAsync(response));
    }

    public async Task<(HttpResponseMessage Response, JsonElement Json)> GetAsync(string path)
    {
        var response = await Client.GetAsync(path);
        return (response, await ReadAsync(response));
    }

    /// <summary>A card payment authorised (manual capture) for an order: status requires_capture.</summary>
    public async Task<string> AuthorizeAsync(long amount = 2500, string orderId = "order-1")
    {
        var (_, json) = await PostAsync("v1/payment_intents",
            [("amount", amount.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("currency", "eur"), ("capture_method", "manual"),
             ("confirm", "true"), ("payment_method", "pm_card_visa"), ("metadata[order_id]", orderId)]);
        return json.GetProperty("id").GetString()!;
    }

    public async Task<JsonElement> StatsAsync() => (await GetAsync("_sandbox/stats")).Json;

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Server.DisposeAsync();
        try { Directory.Delete(Folder, recursive: true); } catch (IOException) { }
    }

    private static async Task<JsonElement> ReadAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
    }
}
