using Dashboard.Infrastructure.Health;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Dashboard.Infrastructure.Tests.Health;

public sealed class ProbeRunnerTests : IAsyncLifetime
{
    private readonly TaskCompletionSource _release = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private LoopbackServer _server = null!;
    // Generous, so a busy machine does not turn answers into timeouts; the hang test uses its own short timeout.
    private readonly ProbeRunner _runner = new(new ProbeRunnerOptions { Timeout = TimeSpan.FromSeconds(20), MaxBodyBytes = 1024 }, TimeProvider.System);

    public async Task InitializeAsync() => _server = await LoopbackServer.StartAsync(app =>
    {
        app.MapGet("/health/live", () => "Healthy");
        app.MapGet("/health/ready", () => Results.Text("Unhealthy", statusCode: 503));
        app.MapGet("/health/degraded", () => "Degraded");
        app.MapGet("/health/lying", () => "Unhealthy");
        app.MapGet("/health/json", () => Results.Text("""{"status":"Unhealthy","checks":[]}""", "application/json", statusCode: 503));
        app.MapGet("/health/hang", async (CancellationToken aborted) =>
        {
            await Task.WhenAny(_release.Task, Task.Delay(Timeout.Infinite, aborted));
            return "Healthy";
        });
        app.MapGet("/health/slow", async () =>
        {
            await Task.Delay(150);
            return "Healthy";
        });
        app.MapGet("/health/redirect", () => Results.Redirect("/account/login?returnUrl=%2Fhealth"));
        app.MapGet("/health/binary", () => Results.Bytes([0xFF, 0xFE, 0x00, 0xC3, 0x28, 0x9F], "application/octet-stream"));
        app.MapGet("/health/broken-json", () => Results.Text("""{"status": "Heal""", "application/json"));
        app.MapGet("/health/huge", async (HttpContext context) =>
        {
            // Far more than the runner reads: it must stop after MaxBodyBytes and still pass on the status.
            var chunk = new byte[64 * 1024];
            Array.Fill(chunk, (byte)'x');
            for (var i = 0; i < 256 && !context.RequestAborted.IsCancellationRequested; i++)
                await context.Response.Body.WriteAsync(chunk, context.RequestAborted);
        });
        app.MapPost("/api/quote", () => Results.Json(new { total = 108.25 }, statusCode: 201));
    });

    public async Task DisposeAsync()
    {
        _release.TrySetResult();
        _runner.Dispose();
        await _server.DisposeAsync();
    }

    private ProbeTarget Target(string path, ProbeKind kind = ProbeKind.Liveness, HttpMethod? method = null, int? expected = null) =>
        new("billing-api", "production", _server.Address.ToString(), kind, method ?? HttpMethod.Get, _server.Url(path), expected);

    [Fact]
    public async Task ProbeAsync_200_PassesWithStatusAndLatency()
    {
        var result = await _runner.ProbeAsync(Target("/health/live"), CancellationToken.None);

        Assert.Equal((ProbeOutcome.Passed, 200), (result.Outcome, result.Status));
        Assert.True(result.Latency > TimeSpan.Zero);
        Assert.Null(result.Error);
        Assert.Matches(@"^200 in \d+ ms$", result.Detail);
    }

    [Fact]
    public async Task ProbeAsync_503_FailsWithTheStatus()
    {
        var result = await _runner.ProbeAsync(Target("/health/ready", ProbeKind.Readiness), CancellationToken.None);

        Assert.Equal((ProbeOutcome.Failed, 503), (result.Outcome, result.Status));
        Assert.Matches(@"^503 in \d+ ms$", result.Detail);
    }

    [Fact]
    public async Task ProbeAsync_Hang_TimesOutAtTheProbeTimeout()
    {
        using var runner = new ProbeRunner(new ProbeRunnerOptions { Timeout = TimeSpan.FromMilliseconds(500) }, TimeProvider.System);

        var result = await runner.ProbeAsync(Target("/health/hang"), CancellationToken.None);

        Assert.Equal(ProbeOutcome.TimedOut, result.Outcome);
        Assert.Equal("timed out after 0.5 s", result.Error);
        Assert.True(result.Latency >= TimeSpan.FromMilliseconds(450), $"gave up after {result.Latency}");
    }

    [Fact]
    public async Task ProbeAsync_ConnectionRefused_SaysSo()
    {
        var closed = await LoopbackServer.ClosedPortAsync();

        var result = await _runner.ProbeAsync(Target("/health/live") with { Url = new Uri(closed, "/health/live") }, CancellationToken.None);

        Assert.Equal(ProbeOutcome.Refused, result.Outcome);
        Assert.Equal("connection refused", result.Detail);
        Assert.Null(result.Status);
    }

    [Fact]
    public async Task ProbeAsync_Slow_PassesWithItsLatency()
    {
        var result = await _runner.ProbeAsync(Target("/health/slow"), CancellationToken.None);

        Assert.Equal(ProbeOutcome.Passed, result.Outcome);
        Assert.True(result.Latency >= TimeSpan.FromMilliseconds(140), $"latency {result.Latency}");
    }

    [Fact]
    public async Task ProbeAsync_Redirect_IsReportedNotFollowed()
    {
        var result = await _runner.ProbeAsync(Target("/health/redirect"), CancellationToken.None);

        Assert.Equal((ProbeOutcome.Redirected, 302), (result.Outcome, result.Status));
        Assert.Contains("redirected to /account/login?returnUrl=%2Fhealth", result.Error);
    }

    [Fact]
    public async Task ProbeAsync_BinaryGarbageBody_StatusDecidesAndTheBodyIsNoted()
    {
        var result = await _runner.ProbeAsync(Target("/health/binary"), CancellationToken.None);

        Assert.Equal(ProbeOutcome.Passed, result.Outcome);
        Assert.Equal("the body is not text (6 bytes), not a health report", result.Error);
    }

    [Fact]
    public async Task ProbeAsync_BrokenJsonBody_IsNoted()
    {
        var result = await _runner.ProbeAsync(Target("/health/broken-json"), CancellationToken.None);

        Assert.Equal(ProbeOutcome.Passed, result.Outcome);
        Assert.Equal("the body is broken JSON, not a health report", result.Error);
    }

    [Fact]
    public async Task ProbeAsync_HugeBody_ReadsOnlyTheLimitAndPasses()
    {
        var result = await _runner.ProbeAsync(Target("/health/huge"), CancellationToken.None);

        Assert.Equal(ProbeOutcome.Passed, result.Outcome);
    }

    [Fact]
    public async Task ProbeAsync_200ThatSaysUnhealthy_Fails()
    {
        var result = await _runner.ProbeAsync(Target("/health/lying"), CancellationToken.None);

        Assert.Equal(ProbeOutcome.Failed, result.Outcome);
        Assert.EndsWith("the body says Unhealthy", result.Detail);
    }

    [Fact]
    public async Task ProbeAsync_Degraded_PassesWithANote()
    {
        var result = await _runner.ProbeAsync(Target("/health/degraded"), CancellationToken.None);

        Assert.Equal(ProbeOutcome.Passed, result.Outcome);
        Assert.Equal("the body says Degraded", result.Error);
    }

    [Fact]
    public async Task ProbeAsync_SyntheticCheck_ComparesWithTheExpectedStatus()
    {
        var created = await _runner.ProbeAsync(Target("/api/quote", ProbeKind.Synthetic, HttpMethod.Post, 201), CancellationToken.None);
        var wrong = await _runner.ProbeAsync(Target("/api/quote", ProbeKind.Synthetic, HttpMethod.Post, 200), CancellationToken.None);

        Assert.Equal(ProbeOutcome.Passed, created.Outcome);
        Assert.Equal(ProbeOutcome.Failed, wrong.Outcome);
        Assert.EndsWith("expected 200", wrong.Detail);
    }

    [Fact]
    public async Task RunAsync_ManyTargets_KeepsOrderAndBoundsConcurrency()
    {
        using var runner = new ProbeRunner(new ProbeRunnerOptions { MaxConcurrency = 2, Timeout = TimeSpan.FromSeconds(20) }, TimeProvider.System);
        var targets = Enumerable.Range(0, 6).Select(i => Target(i % 2 == 0 ? "/health/live" : "/health/ready")).ToList();

        var results = await runner.RunAsync(targets, CancellationToken.None);

        Assert.Equal(targets, results.Select(r => r.Target));
        Assert.Equal([200, 503, 200, 503, 200, 503], results.Select(r => r.Status!.Value));
    }

    [Fact]
    public async Task RunAsync_Cancelled_Throws()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => _runner.RunAsync([Target("/health/live")], cancelled.Token));
    }
}
