using System.Text.Json;
using System.Text.Json.Nodes;
using Dashboard.Application.Notifications;

namespace Dashboard.Infrastructure.Notifications;

/// <summary>The JSON each kind of webhook expects for a message (an incident opened or resolved, a change made outside the pipeline).</summary>
public static class WebhookPayloads
{
    public static byte[] For(WebhookKind kind, IncidentNotification notification) => For(kind, WebhookMessages.Of(notification));

    public static byte[] For(WebhookKind kind, WebhookMessage message) => kind switch
    {
        WebhookKind.Slack => JsonSerializer.SerializeToUtf8Bytes(Slack(message)),
        WebhookKind.Teams => JsonSerializer.SerializeToUtf8Bytes(Teams(message)),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Use Slack or Teams."),
    };

    public static string Headline(IncidentNotification n) => WebhookMessages.Of(n).Headline;

    private static JsonObject Slack(WebhookMessage n)
    {
        var text = $"{n.Headline}\n{n.Facts}\n{n.Summary}" + (n.Link is null ? "" : $"\n<{n.Link.AbsoluteUri}|{n.LinkTitle}>");
        return new JsonObject
        {
            // Slack shows "text" in notifications and where blocks cannot be rendered.
            ["text"] = text,
            ["blocks"] = new JsonArray(
                new JsonObject { ["type"] = "header", ["text"] = new JsonObject { ["type"] = "plain_text", ["text"] = n.Headline } },
                new JsonObject { ["type"] = "section", ["text"] = new JsonObject { ["type"] = "mrkdwn", ["text"] = $"*{n.Facts}*\n{n.Summary}" + (n.Link is null ? "" : $"\n<{n.Link.AbsoluteUri}|{n.LinkTitle}>") } }),
        };
    }

    private static JsonObject Teams(WebhookMessage n)
    {
        var body = new JsonArray(
            new JsonObject { ["type"] = "TextBlock", ["size"] = "Large", ["weight"] = "Bolder", ["wrap"] = true, ["text"] = n.Headline },
            new JsonObject { ["type"] = "TextBlock", ["isSubtle"] = true, ["wrap"] = true, ["text"] = n.Facts },
            new JsonObject { ["type"] = "TextBlock", ["wrap"] = true, ["text"] = n.Summary });
        var card = new JsonObject
        {
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
            ["type"] = "AdaptiveCard",
            ["version"] = "1.4",
            ["body"] = body,
        };
        if (n.Link is not null)
            card["actions"] = new JsonArray(new JsonObject { ["type"] = "Action.OpenUrl", ["title"] = n.LinkTitle, ["url"] = n.Link.AbsoluteUri });
        return new JsonObject
        {
            ["type"] = "message",
            ["attachments"] = new JsonArray(new JsonObject { ["contentType"] = "application/vnd.microsoft.card.adaptive", ["content"] = card }),
        };
    }
}
