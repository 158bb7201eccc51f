using System.Buffers;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Dashboard.Infrastructure.Health;

/// <summary>
/// Runs probes against their targets: at most <see cref="ProbeRunnerOptions.MaxConcurrency"/> at once, each bounded by
/// <see cref="ProbeRunnerOptions.Timeout"/> from connect to the last body byte read. Redirects are never followed: a
/// probe that redirects (to a sign-in page, say) is reported as redirected, not counted as the page it lands on.
/// A probe's failure is its result; only cancellation of the whole run throws.
/// </summary>
public sealed class ProbeRunner : IDisposable
{
    private readonly HttpClient _client;
    private readonly ProbeRunnerOptions _options;
    private readonly TimeProvider _time;

    public ProbeRunner(ProbeRunnerOptions options, TimeProvider time)
    {
        if (options.MaxConcurrency < 1) throw new ArgumentOutOfRangeException(nameof(options), options.MaxConcurrency, "MaxConcurrency must be at least 1.");
        if (options.Timeout <= TimeSpan.Zero) throw new ArgumentOutOfRangeException(nameof(options), options.Timeout, "Timeout must be positive.");
        _options = options;
        _time = time;
        _client = new HttpClient(new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            UseCookies = false,
            AutomaticDecompression = DecompressionMethods.None,
            ConnectTimeout = options.Timeout,
            // Instances come and go behind the same name: reconnect now and then so DNS changes are seen.
            PooledConnectionLifetime = TimeSpan.FromMinutes(2),
            PooledConnectionIdleTimeout = TimeSpan.FromSeconds(30),
        })
        {
            // Each probe has its own timeout; the client's would only hide which probe was slow.
            Timeout = System.Threading.Timeout.InfiniteTimeSpan,
        };
        _client.DefaultRequestHeaders.UserAgent.ParseAdd("dashboard-probe/1.0");
    }

    public async Task<IReadOnlyList<ProbeResult>> RunAsync(IReadOnlyList<ProbeTarget> targets, CancellationToken cancellationToken)
    {
        var results = new ProbeResult[targets.Count];
        await Parallel.ForEachAsync(
            Enumerable.Range(0, targets.Count),
            new ParallelOptions { MaxDegreeOfParallelism = _options.MaxConcurrency, CancellationToken = cancellationToken },
            async (index, token) => results[index] = await ProbeAsync(targets[index], token));
        return results;
    }

    public async Task<ProbeResult> ProbeAsync(ProbeTarget target, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_options.Timeout);
        var at = _time.GetUtcNow();
        var started = Stopwatch.GetTimestamp();
        int? status = null;
        try
        {
            using var request = new HttpRequestMessage(target.Method, target.Url);
            using var response = await _client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            status = (int)response.StatusCode;
            var (body, truncated) = await ReadBodyAsync(response, timeout.Token);
            return Classify(target, response, body, truncated, Stopwatch.GetElapsedTime(started), at);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            var waited = Seconds(_options.Timeout);
            var error = status is null ? $"timed out after {waited}" : $"the body did not arrive within {waited}";
            return new ProbeResult(target, ProbeOutcome.TimedOut, status, Stopwatch.GetElapsedTime(started), error, at);
        }
        catch (HttpRequestException failure) when (failure.InnerException is SocketException { SocketErrorCode: SocketError.ConnectionRefused })
        {
            return new ProbeResult(target, ProbeOutcome.Refused, null, Stopwatch.GetElapsedTime(started), "connection refused", at);
        }
        catch (HttpRequestException failure)
        {
            return new ProbeResult(target, ProbeOutcome.Error, status, Stopwatch.GetElapsedTime(started), Describe(failure), at);
        }
    }

    private ProbeResult Classify(ProbeTarget target, HttpResponseMessage response, byte[] body, bool truncated, TimeSpan latency, DateTimeOffset at)
    {
        var status = (int)response.StatusCode;
        if (status is >= 300 and < 400 && target.ExpectedStatus != status)
        {
            var location = response.Headers.Location is { } to ? $" to {to}" : "";
            return new ProbeResult(target, ProbeOutcome.Redirected, status, latency, $"redirected{location}; a probe must answer itself, so this does not count as success", at);
        }
        if (target.Kind == ProbeKind.Synthetic)
        {
            var expected = target.ExpectedStatus ?? 200;
            return status == expected
                ? new ProbeResult(target, ProbeOutcome.Passed, status, latency, null, at)
                : new ProbeResult(target, ProbeOutcome.Failed, status, latency, $"expected {expected}", at);
        }
        var (reported, note) = HealthReportBody.Read(body, truncated);
        var success = status is >= 200 and < 300;
        if (success && reported == "Unhealthy")
            return new ProbeResult(target, ProbeOutcome.Failed, status, latency, "the body says Unhealthy", at);
        var said = reported == "Degraded" ? "the body says Degraded" : note;
        return new ProbeResult(target, success ? ProbeOutcome.Passed : ProbeOutcome.Failed, status, latency, said, at);
    }

    private async Task<(byte[] Body, bool Truncated)> ReadBodyAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
        var buffer = ArrayPool<byte>.Shared.Rent(_options.MaxBodyBytes + 1);
        try
        {
            var read = 0;
            while (read <= _options.MaxBodyBytes)
            {
                var count = await stream.ReadAsync(buffer.AsMemory(read, _options.MaxBodyBytes + 1 - read), cancellationToken);
                if (count == 0) break;
                read += count;
            }
            var truncated = read > _options.MaxBodyBytes;
            return (buffer.AsSpan(0, Math.Min(read, _options.MaxBodyBytes)).ToArray(), truncated);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static string Describe(HttpRequestException failure) => failure.InnerException switch
    {
        SocketException socket => $"connection failed: {socket.SocketErrorCode}",
        IOException io => $"connection broken: {io.Message}",
        _ => failure.Message,
    };

    private static string Seconds(TimeSpan span) => $"{span.TotalSeconds.ToString("0.#", CultureInfo.InvariantCulture)} s";

    public void Dispose() => _client.Dispose();
}
