using System.Globalization;
using Microsoft.Extensions.Options;

namespace Dashboard.Infrastructure.Scanning;

/// <summary>Refuses <c>SourceScan</c> settings that would let a scan read outside its roots or run without limits.</summary>
public sealed class SourceScanOptionsValidator : IValidateOptions<SourceScanOptions>
{
    public ValidateOptionsResult Validate(string? name, SourceScanOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        for (var i = 0; i < options.Roots.Count; i++)
            if (string.IsNullOrWhiteSpace(options.Roots[i]) || !Path.IsPathFullyQualified(options.Roots[i]))
                failures.Add(string.Create(CultureInfo.InvariantCulture, $"SourceScan:Roots:{i} must be an absolute folder, not '{options.Roots[i]}'."));
        if (options.MaxFileBytes <= 0)
            failures.Add($"SourceScan:MaxFileBytes must be more than 0, not {options.MaxFileBytes.ToString(CultureInfo.InvariantCulture)}.");
        if (options.MaxTotalBytes < options.MaxFileBytes)
            failures.Add($"SourceScan:MaxTotalBytes must be at least SourceScan:MaxFileBytes ({options.MaxFileBytes.ToString(CultureInfo.InvariantCulture)}), "
                         + $"not {options.MaxTotalBytes.ToString(CultureInfo.InvariantCulture)}.");
        if (options.TimeLimitSeconds is < 1 or > 3600)
            failures.Add($"SourceScan:TimeLimitSeconds must be between 1 and 3600, not {options.TimeLimitSeconds.ToString(CultureInfo.InvariantCulture)}.");
        if (failures.Count == 0 && options.Roots.Count > 0 && !options.AllowedRoots().Contains(options.ResolveRoot()))
            failures.Add($"SourceScan:Root '{options.ResolveRoot()}' is not under any of SourceScan:Roots ({string.Join(", ", options.Roots)}); add its folder to the roots.");
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
