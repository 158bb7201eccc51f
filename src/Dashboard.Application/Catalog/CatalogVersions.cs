using Dashboard.Domain.Catalog;

namespace Dashboard.Application.Catalog;

/// <summary>The stored version of each catalog entry, so an edit form can say which version it was made from.</summary>
public sealed record CatalogVersions(IReadOnlyDictionary<string, int> Services, IReadOnlyDictionary<string, int> Dependencies)
{
    public int? Of(Service service) => Services.TryGetValue(service.Name, out var version) ? version : null;

    public int? Of(Dependency dependency) => Dependencies.TryGetValue(KeyOf(dependency.Caller, dependency.TargetKind, dependency.Target), out var version) ? version : null;

    public static string KeyOf(string caller, DependencyTargetKind kind, string target) =>
        $"{caller.ToLowerInvariant()}|{kind}|{target.ToLowerInvariant()}";
}
