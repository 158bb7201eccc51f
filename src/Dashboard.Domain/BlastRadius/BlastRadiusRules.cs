using Dashboard.Domain.Scanning;

namespace Dashboard.Domain.BlastRadius;

/// <summary>Rule ids of the risks a blast-radius analysis reports; the code rules share the scanner's ids.</summary>
public static class BlastRadiusRules
{
    public const string SharedKey = "shared-key";
    public const string ReloadDisposeBeforeCreate = ScanRules.ReloadDisposeBeforeCreate;
    public const string RetryWithoutBackoff = ScanRules.RetryWithoutBackoff;
    public const string HealthCheckIncludesDependencies = ScanRules.HealthCheckIncludesDependencies;
    public const string NotValidatedInStaging = "not-validated-in-staging";
    public const string EnvironmentDrift = "environment-drift";
    public const string ValueTypeChange = "value-type-change";
}
