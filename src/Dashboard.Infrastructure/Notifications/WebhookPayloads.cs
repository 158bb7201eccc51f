using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Dashboard.Application.Notifications;

namespace Dashboard.Infrastructure.Notifications;

/// <summary>The JSON each kind of webhook expects for an incident opened or resolved.</summary>
public static class WebhookPayloads
{
    public static byte[] For(WebhookKind kind, IncidentNotification notification) => kind switch
    {
        WebhookKind.Slack => JsonSerializer.SerializeToUtf8Bytes(Slack(notification)),
        WebhookKind.Teams => JsonSerializer.SerializeToUtf8Bytes(Teams(notification)),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Use Slack or Teams."),
    };

    public static string Headline(IncidentNotification n) => n.Kind == IncidentNotificationKind.Opened
        ? $"Incident opened ({n.Severity}): {n.Title}"
        : $"Incident resolved: {n.Title}";

    private static string Facts(IncidentNotification n) =>
        $"{n.Environment} · {string.Join(", ", n.Services)} · {n.At.ToString("yyyy-MM-dd HH:mm:ss zzz", CultureInfo.InvariantCulture)}";

    private static JsonObject Slack(IncidentNotification n)
    {
        var text = $"{Headline(n)}\n{Facts(n)}\n{n.Summary}" + (n.Link is null ? "" : $"\n<{n.Link}|Open the incident>");
        return new JsonObject
        {
            // Slack shows "text" in notifications and where blocks cannot be rendered.
            ["text"] = text,
            ["blocks"] = new JsonArray(
                new JsonObject { ["type"] = "header", ["text"] = new JsonObject { ["type"] = "plain_text", ["text"] = Headline(n) } },
                new JsonObject { ["type"] = "section", ["text"] = new JsonObject { ["type"] = "mrkdwn", ["text"] = $"*{Facts(n)}*\n{n.Summary}" + (n.Link is null ? "" : $"\n<{n.Link}|Open the incident>") } }),
        };
    }

    private static JsonObject Teams(IncidentNotification n)
    {
        var body = new JsonArray(
            new JsonObject { ["type"] = "TextBlock", ["size"] = "Large", ["weight"] = "Bolder", ["wrap"] = true, ["text"] = Headline(n) },
            new JsonObject { ["type"] = "TextBlock", ["isSubtle"] = true, ["wrap"] = true, ["text"] = Facts(n) },
            new JsonObject { ["type"] = "TextBlock", ["wrap"] = true, ["text"] = n.Summary });
        var card = new JsonObject
        {
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
            ["type"] = "AdaptiveCard",
            ["version"] = "1.4",
            ["body"] = body,
        };
        if (n.Link is not null)
            card["actions"] = new JsonArray(new JsonObject { ["type"] = "Action.OpenUrl", ["title"] = "Open the incident", ["url"] = n.Link.ToString() });
        return new JsonObject
        {
            ["type"] = "message",
            ["attachments"] = new JsonArray(new JsonObject { ["contentType"] = "application/vnd.microsoft.card.adaptive", ["content"] = card }),
        };
    }
}
