using Dashboard.Infrastructure.Monitoring;
using Microsoft.Extensions.Options;

namespace Dashboard.Infrastructure.Health;

/// <summary>Names each bad Health setting and what it accepts, so a bad appsettings.json stops the start in one line per problem.</summary>
public sealed class HealthOptionsValidator : IValidateOptions<HealthOptions>
{
    private static readonly string[] Methods = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"];

    public ValidateOptionsResult Validate(string? name, HealthOptions options)
    {
        var failures = new List<string>();
        var probes = options.Probes;
        Require(failures, HealthSourceSetting.IsKnown(options.Source),
            $"Health:Source is '{options.Source}'; use {HealthSourceSetting.Probes} (the dashboard's own probes) or {HealthSourceSetting.LogAnalytics} (Application Insights request telemetry).");
        Require(failures, !HealthSourceSetting.Is(options.Source, HealthSourceSetting.LogAnalytics) || options.LogAnalytics.Workspaces.Count > 0,
            $"Health:LogAnalytics:Workspaces is empty while Health:Source is {HealthSourceSetting.LogAnalytics}; list each environment's workspace, "
            + $"e.g. [{{\"Environment\": \"production\", \"WorkspaceId\": \"<GUID>\"}}], or set Health:Source to {HealthSourceSetting.Probes}.");
        Require(failures, options.RequestWindowMinutes is >= 1 and <= 60, $"Health:RequestWindowMinutes is {options.RequestWindowMinutes}; set 1 to 60 (default 2).");
        Require(failures, options.ProbeStaleAfterSeconds >= 1, $"Health:ProbeStaleAfterSeconds is {options.ProbeStaleAfterSeconds}; set 1 or more (default 60).");
        Require(failures, options.StartupGraceSeconds >= 0, $"Health:StartupGraceSeconds is {options.StartupGraceSeconds}; set 0 or more (default 90).");
        Require(failures, options.AtOnceWindowSeconds >= 0, $"Health:AtOnceWindowSeconds is {options.AtOnceWindowSeconds}; set 0 or more (default 60).");
        Require(failures, options.StagingSoakMinutes is >= 1 and <= 240, $"Health:StagingSoakMinutes is {options.StagingSoakMinutes}; set 1 to 240 (default 10).");
        Require(failures, probes.IntervalSeconds >= 1, $"Health:Probes:IntervalSeconds is {probes.IntervalSeconds}; set 1 or more (default 10).");
        Require(failures, probes.TimeoutSeconds > 0 && probes.TimeoutSeconds <= probes.IntervalSeconds,
            $"Health:Probes:TimeoutSeconds is {probes.TimeoutSeconds}; set more than 0 and at most Health:Probes:IntervalSeconds ({probes.IntervalSeconds}) (default 5).");
        Require(failures, probes.MaxConcurrency is >= 1 and <= 1024, $"Health:Probes:MaxConcurrency is {probes.MaxConcurrency}; set 1 to 1024 (default 64).");
        for (var i = 0; i < probes.SyntheticChecks.Count; i++)
        {
            var check = probes.SyntheticChecks[i];
            var key = $"Health:Probes:SyntheticChecks:{i}";
            Require(failures, !string.IsNullOrWhiteSpace(check.Service), $"{key}:Service is empty; name the catalog service to check, e.g. \"billing-api\".");
            Require(failures, Methods.Contains(check.Method.ToUpperInvariant()), $"{key}:Method is '{check.Method}'; use one of {string.Join(", ", Methods)}.");
            Require(failures, check.Path.StartsWith('/'), $"{key}:Path is '{check.Path}'; give a path starting with '/', e.g. \"/api/tax/quote\".");
            Require(failures, check.ExpectedStatus is >= 100 and <= 599, $"{key}:ExpectedStatus is {check.ExpectedStatus}; give an HTTP status, e.g. 200.");
        }
        // The page keeps one result per check name, so two checks of a service under one name would hide each other.
        foreach (var twice in probes.SyntheticChecks
            .GroupBy(c => $"{c.Service}\u001f{c.Environment}\u001f{c.DisplayName}".ToUpperInvariant())
            .Where(g => g.Count() > 1))
        {
            var check = twice.First();
            failures.Add($"Health:Probes:SyntheticChecks has {twice.Count()} checks of {check.Service} named '{check.DisplayName}'; give each a distinct Name.");
        }
        ValidateLogAnalytics(options.LogAnalytics, failures);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void ValidateLogAnalytics(LogAnalyticsOptions options, List<string> failures)
    {
        Require(failures, Uri.TryCreate(options.Endpoint, UriKind.Absolute, out var endpoint) && endpoint.Scheme == Uri.UriSchemeHttps,
            $"Health:LogAnalytics:Endpoint is '{options.Endpoint}'; give an https URL (default {LogAnalyticsClientOptions.DefaultEndpoint}).");
        Require(failures, RequestTable.IsKnown(options.Table),
            $"Health:LogAnalytics:Table is '{options.Table}'; use {RequestTable.AppRequests} (workspace-based Application Insights) or {RequestTable.ClassicRequests} (classic).");
        Require(failures, options.RefreshSeconds >= 10, $"Health:LogAnalytics:RefreshSeconds is {options.RefreshSeconds}; set 10 or more (default 60): the service allows about 200 queries per 30 s.");
        Require(failures, options.LookbackMinutes is >= 1 and <= 1440, $"Health:LogAnalytics:LookbackMinutes is {options.LookbackMinutes}; set 1 to 1440 (default 15).");
        Require(failures, options.ServerTimeoutSeconds is >= 1 and <= 600, $"Health:LogAnalytics:ServerTimeoutSeconds is {options.ServerTimeoutSeconds}; set 1 to 600 (default 60).");
        for (var i = 0; i < options.Workspaces.Count; i++)
        {
            var workspace = options.Workspaces[i];
            var key = $"Health:LogAnalytics:Workspaces:{i}";
            Require(failures, !string.IsNullOrWhiteSpace(workspace.Environment), $"{key}:Environment is empty; name the environment whose telemetry the workspace holds, e.g. \"production\".");
            Require(failures, WorkspaceId.TryParse(workspace.WorkspaceId, out _), $"{key}:WorkspaceId is '{workspace.WorkspaceId}'; {WorkspaceId.Expected}");
        }
    }

    private static void Require(List<string> failures, bool condition, string failure)
    {
        if (!condition) failures.Add(failure);
    }
}
