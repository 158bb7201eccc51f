using System.Globalization;
using System.Text.Json;
using Azure;
using Azure.Core;
using Azure.Core.Pipeline;

namespace Dashboard.Infrastructure.Monitoring;

/// <summary>
/// The Log Analytics query API (<c>POST /v1/workspaces/{id}/query</c>) over an Azure.Core pipeline: bearer tokens for
/// <see cref="LogAnalyticsClientOptions.Scope"/> from any <see cref="TokenCredential"/>, retries of 429 and 5xx that
/// honour Retry-After, <c>Prefer: wait=N</c> with a network timeout that outlasts it, and typed results.
/// </summary>
public sealed class LogAnalyticsClient
{
    private static readonly TimeSpan NetworkMargin = TimeSpan.FromSeconds(15);

    private readonly HttpPipeline _pipeline;
    private readonly LogAnalyticsClientOptions _options;

    public LogAnalyticsClient(TokenCredential credential, LogAnalyticsClientOptions? options = null)
    {
        _options = options ?? new LogAnalyticsClientOptions();
        // The client must wait at least as long as the service may work on the query, or it gives up on answers still coming.
        var serverWait = _options.ServerTimeout ?? LogAnalyticsClientOptions.ServiceDefaultWait;
        if (_options.Retry.NetworkTimeout < serverWait + NetworkMargin)
            _options.Retry.NetworkTimeout = serverWait + NetworkMargin;
        _pipeline = HttpPipelineBuilder.Build(_options, [], [new BearerTokenAuthenticationPolicy(credential, LogAnalyticsClientOptions.Scope)], new ResponseClassifier());
    }

    public Uri Endpoint => _options.Endpoint;

    /// <summary>Runs <paramref name="query"/> over <paramref name="timeRange"/> (null: the query's own time filters); throws <see cref="LogAnalyticsException"/>.</summary>
    public async Task<LogsQueryResult> QueryAsync(string workspaceId, string query, LogsTimeRange? timeRange, CancellationToken cancellationToken)
    {
        var workspace = WorkspaceId.Parse(workspaceId);
        if (string.IsNullOrWhiteSpace(query))
            throw new LogAnalyticsException(LogAnalyticsErrorKind.BadQuery, null, "The query is empty; give a KQL query.");

        using var message = _pipeline.CreateMessage();
        var request = message.Request;
        request.Method = RequestMethod.Post;
        request.Uri.Reset(_options.Endpoint);
        request.Uri.AppendPath($"/v1/workspaces/{workspace:D}/query", escape: false);
        request.Headers.Add(HttpHeader.Names.Accept, "application/json");
        request.Headers.Add(HttpHeader.Names.ContentType, "application/json");
        if (_options.ServerTimeout is { } wait)
            request.Headers.Add("Prefer", "wait=" + ((int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture));
        request.Content = RequestContent.Create(Body(query, timeRange));

        try
        {
            await _pipeline.SendAsync(message, cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException failure) when (failure.Status == 0)
        {
            throw new LogAnalyticsException(LogAnalyticsErrorKind.Unavailable, null, $"Log Analytics could not be reached at {_options.Endpoint}: {failure.Message}", failure);
        }
        var response = message.Response;
        if (response.Status != 200) throw LogAnalyticsErrors.Map(response, workspace);
        if (response.Content.ToMemory().Length > _options.MaxResponseBytes)
            throw new LogAnalyticsException(LogAnalyticsErrorKind.InvalidResponse, 200,
                $"The answer is {response.Content.ToMemory().Length} bytes, more than the {_options.MaxResponseBytes} read; summarise the query further.");
        return LogsResultReader.Read(response.Content);
    }

    private static byte[] Body(string query, LogsTimeRange? timeRange)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("query", query);
            if (timeRange is { } range) writer.WriteString("timespan", range.ToString());
            writer.WriteEndObject();
        }
        return buffer.ToArray();
    }
}
