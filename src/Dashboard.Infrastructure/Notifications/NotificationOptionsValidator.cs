using Microsoft.Extensions.Options;

namespace Dashboard.Infrastructure.Notifications;

public sealed class NotificationOptionsValidator : IValidateOptions<NotificationOptions>
{
    public ValidateOptionsResult Validate(string? name, NotificationOptions options)
    {
        var failures = new List<string>();
        if (options.QueueCapacity is < 1 or > 10_000) failures.Add($"Notifications:QueueCapacity is {options.QueueCapacity}; set 1 to 10000 (default 200).");
        if (options.MaxRetries is < 0 or > 10) failures.Add($"Notifications:MaxRetries is {options.MaxRetries}; set 0 to 10 (default 4).");
        if (options.FirstRetryDelaySeconds is <= 0 or > 300) failures.Add($"Notifications:FirstRetryDelaySeconds is {options.FirstRetryDelaySeconds}; set more than 0, at most 300 (default 2).");
        if (options.AttemptTimeoutSeconds is <= 0 or > 120) failures.Add($"Notifications:AttemptTimeoutSeconds is {options.AttemptTimeoutSeconds}; set more than 0, at most 120 (default 10).");
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < options.Webhooks.Count; i++)
        {
            var webhook = options.Webhooks[i];
            var key = $"Notifications:Webhooks:{i}";
            if (string.IsNullOrWhiteSpace(webhook.Name)) failures.Add($"{key}:Name is empty; name the webhook, e.g. \"oncall-slack\".");
            else if (!names.Add(webhook.Name)) failures.Add($"{key}:Name '{webhook.Name}' is used twice; give each webhook its own name.");
            if (!Enum.IsDefined(webhook.Kind)) failures.Add($"{key}:Kind is '{webhook.Kind}'; use Slack or Teams.");
            // The URL itself is a secret: say what is wrong with it without repeating it.
            if (!Uri.TryCreate(webhook.Url, UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttps && !url.IsLoopback))
                failures.Add($"{key}:Url is not an https URL; give the incoming webhook's https address (keep it in a secret store, not in appsettings.json).");
        }
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
