using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Dashboard.SampleFleet.Tests;

/// <summary>A billing-api on a free loopback port that answers every call with a chosen status and notes when each came.</summary>
public sealed class FakeBillingApi : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<DateTimeOffset> _calls = new();

    private FakeBillingApi(WebApplication app) => _app = app;

    public int Status { get; set; } = StatusCodes.Status503ServiceUnavailable;

    public IReadOnlyList<DateTimeOffset> Calls => [.. _calls];

    public Uri Url => new(_app.Urls.First());

    public static async Task<FakeBillingApi> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var fake = new FakeBillingApi(builder.Build());
        fake._app.MapPost("/invoices/{id}/charge", () => fake.Answer(12.34m));
        fake._app.MapGet("/invoices/{id}", () => fake.Answer(10m));
        await fake._app.StartAsync();
        return fake;
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    private IResult Answer(decimal amount)
    {
        _calls.Enqueue(DateTimeOffset.UtcNow);
        return Status == StatusCodes.Status200OK ? Results.Ok(amount) : Results.StatusCode(Status);
    }
}
