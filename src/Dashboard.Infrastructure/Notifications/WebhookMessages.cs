using System.Globalization;
using Dashboard.Application.Notifications;
using Dashboard.Domain.ConfigStores;

namespace Dashboard.Infrastructure.Notifications;

/// <summary>The words of each notification the webhooks carry: incidents opened or resolved, and changes made outside the pipeline.</summary>
public static class WebhookMessages
{
    /// <summary>Chat clients fold long messages; a value longer than this is cut, and says so.</summary>
    public const int MaxValueLength = 200;

    public static WebhookMessage Of(IncidentNotification n) => new(
        n.Kind == IncidentNotificationKind.Opened ? $"Incident opened ({n.Severity}): {n.Title}" : $"Incident resolved: {n.Title}",
        $"{n.Environment} · {string.Join(", ", n.Services)} · {Time(n.At)}",
        n.Summary,
        n.Link,
        "Open the incident");

    /// <summary>The values are the stored ones, so a secret's are already the mask; <paramref name="link"/> opens the key on the dashboard.</summary>
    public static WebhookMessage Of(BypassedChangeNotification n, Uri? link = null)
    {
        var risk = n.Risk is { } level ? $"{level.ToString().ToLowerInvariant()} risk" : "risk not computed";
        var values = !n.ValuesKnown ? "old and new value not known"
            : $"{(n.OldExisted ? Value(n.OldValue) : "(no such key)")} → {(n.IsDelete ? "(deleted)" : Value(n.NewValue))}";
        var radius = n.Risk is null ? "" : n.AffectedServices.Count == 0 ? " No service reads it." : $" Affected: {string.Join(", ", n.AffectedServices)}.";
        return new WebhookMessage(
            $"Changed outside the pipeline ({risk}): {ConfigLabel.DescribeSetting(n.Key, n.Label)}",
            $"{n.Store} · by {n.Actor} · {Time(n.At)}",
            $"{values}.{radius} Revert it through the pipeline or adopt it on the dashboard.",
            link,
            "Open the key on the dashboard");
    }

    private static string Value(string? value) =>
        value is null ? "(empty)" : value.Length <= MaxValueLength ? $"'{value}'" : $"'{value[..MaxValueLength]}…' ({value.Length} characters)";

    private static string Time(DateTimeOffset at) => at.ToString("yyyy-MM-dd HH:mm:ss zzz", CultureInfo.InvariantCulture);
}
