using Dashboard.Application.Catalog;
using Dashboard.Domain.Catalog;

namespace Dashboard.Web.Model;

/// <summary>The retry dialog's fields for one dependency; <see cref="ToPolicy"/> lets the domain check them.</summary>
public sealed class RetryPolicyForm
{
    public required string Caller { get; init; }
    public required DependencyTargetKind TargetKind { get; init; }
    public required string Target { get; init; }
    public int Attempts { get; set; }
    public BackoffKind Backoff { get; set; }
    public double TimeoutSeconds { get; set; }
    public bool CircuitBreaker { get; set; }
    /// <summary>The stored version the form was filled from: saving is refused if someone changed the policy since.</summary>
    public int? Version { get; init; }

    public string TargetReference => (TargetKind == DependencyTargetKind.Service ? "component:" : "resource:") + Target;

    public static RetryPolicyForm From(Dependency dependency, int? version) => new()
    {
        Version = version,
        Caller = dependency.Caller,
        TargetKind = dependency.TargetKind,
        Target = dependency.Target,
        Attempts = dependency.Retry.Attempts,
        Backoff = dependency.Retry.Backoff,
        TimeoutSeconds = dependency.Retry.Timeout.TotalSeconds,
        CircuitBreaker = dependency.Retry.CircuitBreaker,
    };

    public RetryPolicy ToPolicy() => new(Attempts, Backoff, TimeSpan.FromSeconds(TimeoutSeconds), CircuitBreaker);

    public RetryPolicyChange ToChange() => new(Caller, TargetKind, Target, ToPolicy(), Version);
}
