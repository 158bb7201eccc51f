using System.Text.Json;
using Dashboard.Application.Notifications;
using Dashboard.Domain.BlastRadius;
using Dashboard.Domain.ConfigMap;
using Dashboard.Domain.ConfigStores;
using Dashboard.Domain.Incidents;
using Dashboard.Domain.Proposals;
using Dashboard.Infrastructure.Notifications;
using Dashboard.Infrastructure.Tests.Health;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Dashboard.Infrastructure.Tests.Notifications;

public sealed class WebhookTests
{
    private static readonly IncidentNotification Opened = new(IncidentNotificationKind.Opened, Guid.NewGuid(), "billing-api unhealthy in production",
        IncidentSeverity.High, "production", ["billing-api"], "5xx rate 40 % (80 of 200 requests in the last 2 min) is above the 10 % limit",
        new DateTimeOffset(2026, 11, 27, 1, 45, 0, TimeSpan.Zero), new Uri("https://dashboard.contoso.com/incidents/1"));

    private static ServiceProvider Services(Uri url, int maxRetries = 3, int capacity = 200, WebhookKind kind = WebhookKind.Slack, IDashboardLinks? links = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Notifications:Webhooks:0:Name"] = "oncall",
            ["Notifications:Webhooks:0:Kind"] = kind.ToString(),
            ["Notifications:Webhooks:0:Url"] = url.ToString(),
            ["Notifications:MaxRetries"] = maxRetries.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Notifications:FirstRetryDelaySeconds"] = "0.01",
            ["Notifications:AttemptTimeoutSeconds"] = "5",
            ["Notifications:QueueCapacity"] = capacity.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }).Build();
        var services = new ServiceCollection().AddLogging(l => l.ClearProviders()).AddIncidentWebhooks(configuration);
        if (links is not null) services.AddSingleton(links);
        return services.BuildServiceProvider();
    }

    private static async Task<IHostedService> StartDispatcherAsync(ServiceProvider services)
    {
        var dispatcher = services.GetServices<IHostedService>().OfType<WebhookDispatcher>().Single();
        await dispatcher.StartAsync(CancellationToken.None);
        return dispatcher;
    }

    private static async Task<WebhookStatus> SettledAsync(WebhookDeliveryLog log)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        while (log.For("oncall") is null) await Task.Delay(20, timeout.Token);
        return log.For("oncall")!;
    }

    [Fact]
    public async Task Notify_ReceiverFailsThenSucceeds_IsRetriedUntilDelivered()
    {
        var attempts = 0;
        string? body = null;
        await using var receiver = await LoopbackServer.StartAsync(app => app.MapPost("/hooks/T0/B0/secret", async (HttpRequest request) =>
        {
            body = await new StreamReader(request.Body).ReadToEndAsync();
            return Interlocked.Increment(ref attempts) <= 2 ? Results.StatusCode(500) : Results.Text("ok");
        }));
        await using var services = Services(receiver.Url("/hooks/T0/B0/secret"));
        var dispatcher = await StartDispatcherAsync(services);

        Assert.True(services.GetRequiredService<IIncidentNotifier>().Notify(Opened));
        var status = await SettledAsync(services.GetRequiredService<WebhookDeliveryLog>());
        await dispatcher.StopAsync(CancellationToken.None);

        Assert.Equal(3, attempts);
        Assert.NotNull(status.LastSuccessAt);
        Assert.Null(status.LastError);
        Assert.Equal("127.0.0.1/…", status.MaskedUrl);
        using var json = JsonDocument.Parse(body!);
        Assert.StartsWith("Incident opened (High): billing-api unhealthy in production", json.RootElement.GetProperty("text").GetString());
    }

    [Fact]
    public async Task Notify_ReceiverDown_KeepsTheErrorForDisplayWithoutTheSecretPath()
    {
        var closed = await LoopbackServer.ClosedPortAsync();
        await using var services = Services(new Uri(closed, "/hooks/T0/B0/secret"), maxRetries: 2);
        var dispatcher = await StartDispatcherAsync(services);

        services.GetRequiredService<IIncidentNotifier>().Notify(Opened);
        var status = await SettledAsync(services.GetRequiredService<WebhookDeliveryLog>());
        await dispatcher.StopAsync(CancellationToken.None);

        Assert.Null(status.LastSuccessAt);
        Assert.Equal("'Incident opened (High): billing-api unhealthy in production' not delivered: connection failed (ConnectionRefused) after 3 attempts", status.LastError);
        Assert.DoesNotContain("secret", status.MaskedUrl + status.LastError);
    }

    [Fact]
    public async Task Notify_ReceiverHangs_ReturnsAtOnce()
    {
        var release = new TaskCompletionSource();
        await using var receiver = await LoopbackServer.StartAsync(app => app.MapPost("/hook", async () =>
        {
            await release.Task;
            return Results.Text("ok");
        }));
        await using var services = Services(receiver.Url("/hook"));
        var dispatcher = await StartDispatcherAsync(services);

        var queued = services.GetRequiredService<IIncidentNotifier>().Notify(Opened);

        Assert.True(queued);
        Assert.Null(services.GetRequiredService<WebhookDeliveryLog>().For("oncall"));
        release.SetResult();
        await SettledAsync(services.GetRequiredService<WebhookDeliveryLog>());
        await dispatcher.StopAsync(CancellationToken.None);
    }

    [Fact]
    public async Task Notify_QueueFull_RefusesWithoutBlockingAndShowsWhy()
    {
        await using var services = Services(new Uri("http://127.0.0.1:9/hook"), capacity: 1);
        var notifier = services.GetRequiredService<IIncidentNotifier>();

        Assert.True(notifier.Notify(Opened));
        Assert.False(notifier.Notify(Opened with { Kind = IncidentNotificationKind.Resolved }));

        Assert.StartsWith("not sent: 1 notifications were already waiting", services.GetRequiredService<WebhookDeliveryLog>().For("oncall")!.LastError);
    }

    private static BypassedChangeNotification PortalEdit(string key = "tax.rate.default", ObservedSetting? before = null, ObservedSetting? after = null)
    {
        var change = new BypassedChange("contoso-shared-config", key, "production", new DateTimeOffset(2026, 11, 12, 23, 10, 0, TimeSpan.Zero),
            "j.doe@contoso.com (Azure portal)", "e2", isDelete: false, before ?? new ObservedSetting("0.08", null, "e1"), after ?? new ObservedSetting("0.0825", null, "e2"));
        change.RecordRadius(RiskLevel.Critical, ["billing-api", "invoice-renderer"]);
        return BypassedChangeNotification.For(change);
    }

    [Fact]
    public async Task Notify_ChangeMadeOutsideThePipeline_PostsKeyLabelWhoOldToNewAndRiskToTheReceiver()
    {
        string? body = null;
        await using var receiver = await LoopbackServer.StartAsync(app => app.MapPost("/hook", async (HttpRequest request) =>
        {
            body = await new StreamReader(request.Body).ReadToEndAsync();
            return Results.Text("ok");
        }));
        await using var services = Services(receiver.Url("/hook"));
        var dispatcher = await StartDispatcherAsync(services);

        Assert.True(services.GetRequiredService<IChangeNotifier>().Notify(PortalEdit()));
        var status = await SettledAsync(services.GetRequiredService<WebhookDeliveryLog>());
        await dispatcher.StopAsync(CancellationToken.None);

        Assert.NotNull(status.LastSuccessAt);
        using var json = JsonDocument.Parse(body!);
        var text = json.RootElement.GetProperty("text").GetString();
        Assert.StartsWith("Changed outside the pipeline (critical risk): key 'tax.rate.default' (label 'production')", text);
        Assert.Contains("by j.doe@contoso.com (Azure portal) · 2026-11-12 23:10:00 +00:00", text);
        Assert.Contains("'0.08' → '0.0825'. Affected: billing-api, invoice-renderer.", text);
    }

    [Theory]
    [InlineData(WebhookKind.Slack)]
    [InlineData(WebhookKind.Teams)]
    public async Task Notify_PublicAddressKnown_IncidentAndChangeMessagesLinkToTheirPages(WebhookKind kind)
    {
        var bodies = new List<string>();
        await using var receiver = await LoopbackServer.StartAsync(app => app.MapPost("/hook", async (HttpRequest request) =>
        {
            var body = await new StreamReader(request.Body).ReadToEndAsync();
            lock (bodies) bodies.Add(body);
            return Results.Text("ok");
        }));
        await using var services = Services(receiver.Url("/hook"), kind: kind, links: new FixedLinks());
        var dispatcher = await StartDispatcherAsync(services);

        Assert.True(services.GetRequiredService<IIncidentNotifier>().Notify(Opened with { Link = null }));
        Assert.True(services.GetRequiredService<IChangeNotifier>().Notify(PortalEdit()));
        using (var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20)))
            while (bodies.Count < 2) await Task.Delay(20, timeout.Token);
        await dispatcher.StopAsync(CancellationToken.None);

        Assert.Equal([$"{FixedLinks.Base}incidents/{Opened.IncidentId}", $"{FixedLinks.Base}config-map?store=contoso-shared-config&q=tax.rate.default"],
            bodies.Select(b => LinkOf(kind, b)));
    }

    [Fact]
    public void For_SlackWithLink_LinksFromTheTextAndTheSection()
    {
        var message = WebhookMessages.Of(PortalEdit(), new Uri("https://dashboard.contoso.com/config-map?store=s&q=tax%20rate"));

        using var json = JsonDocument.Parse(WebhookPayloads.For(WebhookKind.Slack, message));

        const string link = "<https://dashboard.contoso.com/config-map?store=s&q=tax%20rate|Open the key on the dashboard>";
        Assert.EndsWith(link, json.RootElement.GetProperty("text").GetString());
        Assert.EndsWith(link, json.RootElement.GetProperty("blocks")[1].GetProperty("text").GetProperty("text").GetString());
    }

    [Theory]
    [InlineData(WebhookKind.Slack)]
    [InlineData(WebhookKind.Teams)]
    public void For_NoPublicAddress_CarriesNoLinkAtAll(WebhookKind kind)
    {
        var payload = System.Text.Encoding.UTF8.GetString(WebhookPayloads.For(kind, WebhookMessages.Of(PortalEdit())));

        Assert.DoesNotContain("http", payload.Replace("http://adaptivecards.io/schemas/adaptive-card.json", "", StringComparison.Ordinal));
        Assert.DoesNotContain("actions", payload);
        Assert.DoesNotContain("Open the key", payload);
    }

    private static string LinkOf(WebhookKind kind, string body)
    {
        using var json = JsonDocument.Parse(body);
        if (kind == WebhookKind.Teams)
        {
            var action = json.RootElement.GetProperty("attachments")[0].GetProperty("content").GetProperty("actions")[0];
            Assert.Equal("Action.OpenUrl", action.GetProperty("type").GetString());
            return action.GetProperty("url").GetString()!;
        }
        var text = json.RootElement.GetProperty("text").GetString()!;
        var start = text.LastIndexOf('<') + 1;
        return text[start..text.LastIndexOf('|')];
    }

    private sealed class FixedLinks : IDashboardLinks
    {
        public const string Base = "https://dashboard.contoso.com/";

        public Uri? Incident(Guid incidentId) => new($"{Base}incidents/{incidentId}");

        public Uri? ConfigKey(string store, string key) => new($"{Base}config-map?store={store}&q={key}");
    }

    [Fact]
    public void For_ChangeToAKeyVaultReference_CarriesOnlyTheMask()
    {
        var notification = PortalEdit("billing.sql", after: new ObservedSetting("{\"uri\":\"https://contoso.vault.azure.net/secrets/sql\"}", ConfigContentTypes.KeyVaultReference, "e2"));

        var payload = System.Text.Encoding.UTF8.GetString(WebhookPayloads.For(WebhookKind.Teams, WebhookMessages.Of(notification)));

        Assert.DoesNotContain("contoso.vault", payload);
        Assert.Contains($"'{SecretDetector.Mask}' → '{SecretDetector.Mask}'", WebhookMessages.Of(notification).Summary);
    }

    [Fact]
    public void Of_VeryLongValue_IsCutAndSaysHowLongItWas()
    {
        var message = WebhookMessages.Of(PortalEdit("feature.list", after: new ObservedSetting(new string('x', 5000), null, "e2")));

        Assert.Contains("…' (5000 characters)", message.Summary);
        Assert.True(message.Summary.Length < 600);
    }

    [Fact]
    public void For_Teams_IsAMessageWithAnAdaptiveCard()
    {
        using var json = JsonDocument.Parse(WebhookPayloads.For(WebhookKind.Teams, Opened with { Kind = IncidentNotificationKind.Resolved }));

        var attachment = json.RootElement.GetProperty("attachments")[0];
        Assert.Equal("message", json.RootElement.GetProperty("type").GetString());
        Assert.Equal("application/vnd.microsoft.card.adaptive", attachment.GetProperty("contentType").GetString());
        var card = attachment.GetProperty("content");
        Assert.Equal("Incident resolved: billing-api unhealthy in production", card.GetProperty("body")[0].GetProperty("text").GetString());
        Assert.Equal("https://dashboard.contoso.com/incidents/1", card.GetProperty("actions")[0].GetProperty("url").GetString());
    }

    [Fact]
    public void Validate_HttpWebhookOffLoopback_IsRefusedWithoutRepeatingTheUrl()
    {
        var options = new NotificationOptions { Webhooks = [new() { Name = "oncall", Url = "http://hooks.slack.com/services/T0/B0/secret" }] };

        var failure = Assert.Single(new NotificationOptionsValidator().Validate(null, options).Failures!);

        Assert.Equal("Notifications:Webhooks:0:Url is not an https URL; give the incoming webhook's https address (keep it in a secret store, not in appsettings.json).", failure);
    }
}
