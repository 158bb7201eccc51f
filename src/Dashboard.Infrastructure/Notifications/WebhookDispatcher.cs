using System.Net.Http.Headers;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Dashboard.Infrastructure.Notifications;

/// <summary>
/// Sends queued notifications to every webhook through the "dashboard-webhooks" HttpClient, whose resilience handler
/// retries with exponential backoff. A webhook that still fails is logged and its error kept for display; the others
/// are sent regardless, and the queue moves on.
/// </summary>
public sealed class WebhookDispatcher(
    WebhookQueue queue, IHttpClientFactory clients, IOptions<NotificationOptions> options, WebhookDeliveryLog log, ILogger<WebhookDispatcher> logger) : BackgroundService
{
    public const string ClientName = "dashboard-webhooks";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var delivery in queue.Reader.ReadAllAsync(stoppingToken))
                await Task.WhenAll(options.Value.Webhooks.Select(webhook => SendAsync(webhook, delivery, stoppingToken)));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down; what is still queued is lost with the process, as the log says.
            if (queue.Reader.Count > 0) logger.LogWarning("{Count} webhook notifications were still queued at shutdown", queue.Reader.Count);
        }
    }

    private async Task SendAsync(WebhookOptions webhook, WebhookDelivery delivery, CancellationToken stoppingToken)
    {
        var headline = delivery.Message.Headline;
        try
        {
            using var content = new ByteArrayContent(WebhookPayloads.For(webhook.Kind, delivery.Message));
            content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
            using var response = await clients.CreateClient(ClientName).PostAsync(webhook.Url, content, stoppingToken);
            if (response.IsSuccessStatusCode)
            {
                log.Succeeded(webhook);
                return;
            }
            Fail(webhook, headline, $"{(int)response.StatusCode} {response.ReasonPhrase} after {options.Value.MaxRetries + 1} attempts", null);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception error) when (error is HttpRequestException or OperationCanceledException or TimeoutException)
        {
            Fail(webhook, headline, $"{Describe(error)} after {options.Value.MaxRetries + 1} attempts", error);
        }
    }

    private void Fail(WebhookOptions webhook, string headline, string error, Exception? exception)
    {
        log.Failed(webhook, $"'{headline}' not delivered: {error}");
        logger.LogError(exception, "Webhook {Webhook} ({Url}) did not take notification {Headline}: {Error}", webhook.Name, webhook.MaskedUrl, headline, error);
    }

    private static string Describe(Exception error) => error switch
    {
        HttpRequestException { InnerException: System.Net.Sockets.SocketException socket } => $"connection failed ({socket.SocketErrorCode})",
        HttpRequestException http => http.Message,
        _ => "timed out",
    };
}
