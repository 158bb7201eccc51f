using System.Globalization;
using Microsoft.Extensions.Configuration.AzureAppConfiguration;
using Microsoft.Extensions.Options;

namespace Dashboard.SampleFleet.Fleet;

/// <summary>Refuses settings the fleet cannot run with, one line per problem naming the setting and what it accepts.</summary>
public sealed class SampleFleetOptionsValidator : IValidateOptions<SampleFleetOptions>
{
    private const string Section = SampleFleetOptions.SectionName;
    private const int LastServicePortOffset = 39;

    public ValidateOptionsResult Validate(string? name, SampleFleetOptions options)
    {
        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.ConnectionString))
            failures.Add($"{Section}:ConnectionString is empty: set it to the dashboard's read endpoint, Endpoint=http://127.0.0.1:5180/appconfig/contoso-shared-config;Id=<ConfigStores:LocalReadAccess:Id>;Secret=<ConfigStores:LocalReadAccess:Secret> (appsettings.Development.json has the Development one).");
        else if (!AppConfigurationConnection.TryParse(options.ConnectionString, out _, out var problem))
            failures.Add($"{Section}:ConnectionString: {problem}");

        var environments = options.EnvironmentNames;
        if (environments.Count == 0 || environments.Any(e => !FleetEnvironments.All.Contains(e)))
            failures.Add($"{Section}:Environments is '{options.Environments}'; accepted: staging, production or staging,production.");
        CheckBasePort(failures, "StagingBasePort", options.StagingBasePort);
        CheckBasePort(failures, "ProductionBasePort", options.ProductionBasePort);
        if (options.StagingBasePort != 0 && options.ProductionBasePort != 0 && Math.Abs(options.StagingBasePort - options.ProductionBasePort) <= LastServicePortOffset)
            failures.Add($"{Section}:StagingBasePort and ProductionBasePort are {options.StagingBasePort} and {options.ProductionBasePort}; set them at least {LastServicePortOffset + 1} apart, each environment uses that many ports.");
        if (options.PaymentGatewayPort is < 0 or > ushort.MaxValue)
            failures.Add($"{Section}:PaymentGatewayPort is {options.PaymentGatewayPort}; use a port from 1 to 65535, or 0 for any free port.");
        CheckInstances(failures, "FrontendInstances", options.FrontendInstances);
        CheckInstances(failures, "BillingApiInstances", options.BillingApiInstances);
        if (options.ReconnectMinSeconds < 0 || options.ReconnectMaxSeconds < options.ReconnectMinSeconds || options.ReconnectMaxSeconds > 300)
            failures.Add($"{Section}:ReconnectMinSeconds and ReconnectMaxSeconds are {Format(options.ReconnectMinSeconds)} and {Format(options.ReconnectMaxSeconds)}; use 0 ≤ min ≤ max ≤ 300 (default 8 and 12).");
        if (options.RequestsPerSecond is < 0 or > 200)
            failures.Add($"{Section}:RequestsPerSecond is {Format(options.RequestsPerSecond)}; use 0 (no traffic) to 200 (default 4).");
        if (options.ProbeIntervalSeconds is < 0.1 or > 60)
            failures.Add($"{Section}:ProbeIntervalSeconds is {Format(options.ProbeIntervalSeconds)}; use 0.1 to 60 (default 2).");
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void CheckBasePort(List<string> failures, string setting, int port)
    {
        if (port != 0 && (port < 1024 || port + LastServicePortOffset > ushort.MaxValue))
            failures.Add($"{Section}:{setting} is {port}; use 1024 to {ushort.MaxValue - LastServicePortOffset}, or 0 for free ports.");
    }

    private static void CheckInstances(List<string> failures, string setting, int count)
    {
        if (count is < 1 or > 9)
            failures.Add($"{Section}:{setting} is {count}; use 1 to 9.");
    }

    private static string Format(double value) => value.ToString(CultureInfo.InvariantCulture);
}
