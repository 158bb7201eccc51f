using Dashboard.Analysis.Files;
using Dashboard.Domain;
using Dashboard.Domain.Catalog;

namespace Dashboard.Analysis.Catalog;

/// <summary>
/// Imports Backstage <c>catalog-info.yaml</c> descriptors (a file, or every .yaml/.yml under a folder) into a catalog.
/// Components become services, Resources become resources, <c>spec.dependsOn</c> becomes dependencies; anything invalid is
/// skipped with a diagnostic naming the file and line, and the rest is still imported.
/// </summary>
public static class BackstageCatalogReader
{
    /// <summary>The <c>spec.type</c> of a Resource that is an Azure App Configuration store.</summary>
    public const string StoreResourceType = "azure-app-configuration";

    private static readonly string[] EnvironmentOrder = ["development", "dev", "test", "qa", "staging", "preproduction", "production"];

    public static CatalogImport ReadPath(string fileOrFolder) => ReadPath(fileOrFolder, YamlLimits.Default, CancellationToken.None);

    /// <summary>
    /// Reads a descriptor file, or every .yaml/.yml under a folder without following links or entering other file
    /// systems; files over <see cref="YamlLimits.MaxFileBytes"/> and unreadable ones are reported, not read.
    /// </summary>
    public static CatalogImport ReadPath(string fileOrFolder, YamlLimits limits, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(limits);
        var diagnostics = new List<CatalogDiagnostic>();
        IReadOnlyList<(string Shown, string FullPath, long Length)> files;
        if (File.Exists(fileOrFolder))
        {
            files = [(fileOrFolder, fileOrFolder, new FileInfo(fileOrFolder).Length)];
        }
        else if (Directory.Exists(fileOrFolder))
        {
            var listing = FileTreeWalker.List(fileOrFolder, IsYaml, _ => false,
                new FileTreeLimits { MaxFileBytes = limits.MaxFileBytes, MaxTotalBytes = limits.MaxFileBytes * 16 }, cancellationToken);
            diagnostics.AddRange(listing.Problems.Select(p => new CatalogDiagnostic(Path.Combine(fileOrFolder, p.File), p.Line, p.Message)));
            files = [.. listing.Files.Select(f => (f.FullPath, f.FullPath, f.Length))];
        }
        else
        {
            throw new FileNotFoundException($"The catalog path '{fileOrFolder}' does not exist; give a catalog-info.yaml file or a folder of them.", fileOrFolder);
        }
        var texts = new List<(string, string)>();
        foreach (var (shown, fullPath, length) in files)
        {
            if (length > limits.MaxFileBytes)
            {
                diagnostics.Add(new CatalogDiagnostic(shown, null,
                    $"is {FileTreeWalker.Megabytes(length)}, over the {FileTreeWalker.Megabytes(limits.MaxFileBytes)} limit for a catalog file; it was not read."));
                continue;
            }
            var read = SourceFileReader.Read(shown, fullPath, limits.MaxFileBytes, cancellationToken);
            if (read.Problem is { } problem)
                diagnostics.Add(new CatalogDiagnostic(shown, problem.Line, problem.Message));
            if (read.Text is not null)
                texts.Add((shown, read.Text));
        }
        var import = Read(texts, known: null, limits);
        return import with { Diagnostics = [.. diagnostics, .. import.Diagnostics] };
    }

    private static bool IsYaml(string name) =>
        name.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".yml", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Reads descriptors given as text. With <paramref name="known"/> (the stored catalog), a dependency on an entry that
    /// is not in these files but already known is kept in <see cref="CatalogImport.DependenciesOnKnownEntries"/>.
    /// </summary>
    public static CatalogImport Read(IEnumerable<(string File, string Text)> files, ServiceCatalog? known = null) =>
        Read(files, known, YamlLimits.Default);

    public static CatalogImport Read(IEnumerable<(string File, string Text)> files, ServiceCatalog? known, YamlLimits limits)
    {
        var diagnostics = new List<CatalogDiagnostic>();
        var entities = files.SelectMany(f => BackstageDocumentParser.Parse(f.File, f.Text, diagnostics, limits)).ToList();
        var catalog = new ServiceCatalog();
        var sources = new Dictionary<string, CatalogEntrySource>(StringComparer.OrdinalIgnoreCase);
        var sourcePaths = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var onKnownEntries = new List<ImportedDependency>();

        AddEnvironments(catalog, entities);
        foreach (var entity in entities)
        {
            if (TryAdd(entity, () => AddEntity(catalog, entity, sourcePaths), diagnostics))
                sources[entity.Name] = new CatalogEntrySource(entity.File, entity.Line);
        }
        foreach (var entity in entities.Where(e => sources.ContainsKey(e.Name) && e.Kind.Equals("Component", StringComparison.OrdinalIgnoreCase)))
        {
            foreach (var reference in entity.DependsOn)
                TryAdd(entity, () => AddDependency(catalog, known, entity, reference, onKnownEntries), diagnostics);
            if (entity.Annotations.TryGetValue(BackstageAnnotations.ConfigStore, out var store) && store.Trim().Length > 0)
                TryAdd(entity, () => catalog.SetConfigStore(entity.Name, StripReference(store)), diagnostics);
        }
        return new CatalogImport(catalog, sources, sourcePaths, diagnostics) { DependenciesOnKnownEntries = onKnownEntries };
    }

    private static bool TryAdd(BackstageEntity entity, Action add, List<CatalogDiagnostic> diagnostics)
    {
        try
        {
            add();
            return true;
        }
        catch (DomainException ex)
        {
            diagnostics.Add(new CatalogDiagnostic(entity.File, entity.Line, $"{entity.Kind} '{entity.Name}': {ex.Message}"));
            return false;
        }
    }

    private static void AddEnvironments(ServiceCatalog catalog, IEnumerable<BackstageEntity> entities)
    {
        var names = entities.SelectMany(e => e.Annotations.Keys)
            .Select(k => k.StartsWith(BackstageAnnotations.EndpointPrefix, StringComparison.Ordinal) ? k[BackstageAnnotations.EndpointPrefix.Length..]
                : k.StartsWith(BackstageAnnotations.StoreLabelPrefix, StringComparison.Ordinal) ? k[BackstageAnnotations.StoreLabelPrefix.Length..] : null)
            .OfType<string>().Select(n => n.ToLowerInvariant())
            .Distinct().ToList();
        if (names.Count == 0) names = ["staging", "production"];
        var ordered = names.OrderBy(n => Array.IndexOf(EnvironmentOrder, n) is var i && i < 0 ? EnvironmentOrder.Length : i).ThenBy(n => n).ToList();
        for (var rank = 0; rank < ordered.Count; rank++)
        {
            try { catalog.AddEnvironment(new DeploymentEnvironment(ordered[rank], rank, ordered[rank] == "production")); }
            catch (DomainException) { /* an invalid environment name is reported when its endpoint is added */ }
        }
    }

    private static void AddEntity(ServiceCatalog catalog, BackstageEntity entity, Dictionary<string, string> sourcePaths)
    {
        var owner = StripReference(entity.Owner) ?? throw new DomainException("spec.owner is required (a team, e.g. group:payments).");
        switch (entity.Kind.ToLowerInvariant())
        {
            case "component":
                var service = new Service(entity.Name, owner, ServiceKindOf(entity.Type), LifecycleOf(entity.Lifecycle), entity.Description ?? "");
                var endpoints = Endpoints(entity).ToList();
                foreach (var (environment, url) in endpoints)
                    service.AddEndpoint(new ServiceEndpoint(environment, url,
                        entity.Annotations.GetValueOrDefault(BackstageAnnotations.LivenessPath, "/health/live"),
                        entity.Annotations.GetValueOrDefault(BackstageAnnotations.ReadinessPath, "/health/ready"),
                        Instances(entity, environment)));
                RequireEndpointsForInstances(entity, endpoints.Select(e => e.Environment));
                service.SetHealthThresholds(HealthThresholdText.Read(entity.Annotations));
                service.SetSourcePath(RelativeSourcePathOf(entity));
                if (entity.Annotations.TryGetValue(BackstageAnnotations.ConfigKeys, out var keys))
                    service.SetDeclaredConfigKeys(ConfigKeyFilterList.Split(keys));
                catalog.AddService(service);
                if (SourcePathOf(entity) is { } path) sourcePaths[entity.Name] = path;
                break;
            case "resource" when string.Equals(entity.Type, StoreResourceType, StringComparison.OrdinalIgnoreCase):
                AddStore(catalog, entity);
                break;
            case "resource":
                var resource = new Resource(entity.Name, ResourceKindOf(entity.Type), owner, entity.Description ?? "");
                if (entity.Annotations.TryGetValue(BackstageAnnotations.ReconnectTime, out var reconnect))
                    resource.SetReconnectTime(ReconnectTimeText.Parse(reconnect));
                catalog.AddResource(resource);
                break;
            default:
                throw new DomainException($"kind '{entity.Kind}' is not used by the dashboard (only Component and Resource); skipped.");
        }
    }

    /// <summary>An Azure App Configuration store: its endpoint, sign-in and each environment's label from annotations.</summary>
    private static void AddStore(ServiceCatalog catalog, BackstageEntity entity)
    {
        var endpoint = ConfigStoreEndpoint.Parse(entity.Annotations.GetValueOrDefault(BackstageAnnotations.StoreEndpoint), entity.Name);
        var authentication = entity.Annotations.GetValueOrDefault(BackstageAnnotations.StoreAuthentication)?.Trim().ToLowerInvariant() switch
        {
            null or "" or "entra-id" => ConfigStoreAuthentication.EntraId,
            "connection-string" => ConfigStoreAuthentication.ConnectionString,
            var other => throw new DomainException(
                $"annotation {BackstageAnnotations.StoreAuthentication} must be entra-id or connection-string, not '{other}'; the secret itself goes in the setting ConfigStores:Connections:{entity.Name}:ConnectionString."),
        };
        var bindings = entity.Annotations
            .Where(a => a.Key.StartsWith(BackstageAnnotations.StoreLabelPrefix, StringComparison.Ordinal))
            .Select(a => new ConfigStoreBinding(a.Key[BackstageAnnotations.StoreLabelPrefix.Length..].ToLowerInvariant(), a.Value.Trim().Length == 0 ? null : a.Value.Trim()))
            .ToArray();
        catalog.AddStore(new ConfigStore(entity.Name, ConfigStoreKind.AzureAppConfiguration, endpoint, authentication), bindings);
    }

    private static void AddDependency(
        ServiceCatalog catalog, ServiceCatalog? known, BackstageEntity entity, string reference, List<ImportedDependency> onKnownEntries)
    {
        var (kind, target) = ParseReference(reference);
        var retry = entity.Annotations.TryGetValue(BackstageAnnotations.RetryPrefix + target, out var text)
            ? RetryPolicyText.Parse(text)
            : RetryPolicy.NoRetries(RetryPolicyText.DefaultTimeout);
        var notes = text is null ? $"Retry policy not declared in the catalog (add {BackstageAnnotations.RetryPrefix}{target})." : "";
        if (known is not null && !Contains(catalog, kind, target) && Contains(known, kind, target))
        {
            if (onKnownEntries.Any(d => d.Caller == entity.Name && d.TargetKind == kind && string.Equals(d.Target, target, StringComparison.OrdinalIgnoreCase)))
                throw new DomainException($"'{entity.Name}' already depends on {reference}; list it once.");
            onKnownEntries.Add(new ImportedDependency(entity.Name, kind, target, retry, notes));
            return;
        }
        catalog.AddDependency(entity.Name, kind, target, retry, notes);
    }

    private static bool Contains(ServiceCatalog catalog, DependencyTargetKind kind, string name) =>
        kind == DependencyTargetKind.Service ? catalog.FindService(name) is not null : catalog.FindResource(name) is not null;

    private static (DependencyTargetKind Kind, string Name) ParseReference(string reference)
    {
        var colon = reference.IndexOf(':');
        var kind = colon < 0 ? "component" : reference[..colon].ToLowerInvariant();
        var name = StripReference(reference)!;
        return kind switch
        {
            "component" => (DependencyTargetKind.Service, name),
            "resource" => (DependencyTargetKind.Resource, name),
            _ => throw new DomainException($"dependsOn '{reference}' must point at a component: or resource: entity."),
        };
    }

    /// <summary><c>group:default/payments</c> → <c>payments</c>.</summary>
    private static string? StripReference(string? reference)
    {
        if (string.IsNullOrWhiteSpace(reference)) return null;
        var name = reference[(reference.IndexOf(':') + 1)..];
        return name[(name.LastIndexOf('/') + 1)..].Trim();
    }

    private static IEnumerable<(string Environment, Uri Url)> Endpoints(BackstageEntity entity)
    {
        foreach (var (key, value) in entity.Annotations.Where(a => a.Key.StartsWith(BackstageAnnotations.EndpointPrefix, StringComparison.Ordinal)))
        {
            if (!Uri.TryCreate(value, UriKind.Absolute, out var url))
                throw new DomainException($"annotation {key} must be an absolute URL, not '{value}'.");
            yield return (key[BackstageAnnotations.EndpointPrefix.Length..].ToLowerInvariant(), url);
        }
    }

    /// <summary><c>dashboard/instances.production: http://10.0.0.4:8080, http://10.0.0.5:8080</c>.</summary>
    private static IEnumerable<Uri> Instances(BackstageEntity entity, string environment)
    {
        var key = BackstageAnnotations.InstancesPrefix + environment;
        var text = entity.Annotations.FirstOrDefault(a => string.Equals(a.Key, key, StringComparison.OrdinalIgnoreCase)).Value;
        foreach (var item in (text ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            yield return Uri.TryCreate(item, UriKind.Absolute, out var url)
                ? url
                : throw new DomainException($"annotation {key} lists '{item}', which is not an absolute URL; list instances as e.g. 'http://10.0.0.4:8080, http://10.0.0.5:8080'.");
    }

    private static void RequireEndpointsForInstances(BackstageEntity entity, IEnumerable<string> environments)
    {
        var known = environments.ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var key in entity.Annotations.Keys.Where(k => k.StartsWith(BackstageAnnotations.InstancesPrefix, StringComparison.Ordinal)))
        {
            var environment = key[BackstageAnnotations.InstancesPrefix.Length..];
            if (!known.Contains(environment))
                throw new DomainException($"annotation {key} lists instances in '{environment}' but there is no {BackstageAnnotations.EndpointPrefix}{environment}; add the endpoint too.");
        }
    }

    private static string? SourcePathOf(BackstageEntity entity)
    {
        if (entity.Annotations.TryGetValue(BackstageAnnotations.SourcePath, out var path) && path.Length > 0)
            return path.Replace('\\', '/');
        if (entity.Annotations.TryGetValue(BackstageAnnotations.SourceLocation, out var location)
            && location.StartsWith("dir:", StringComparison.Ordinal))
            return Path.GetFullPath(Path.Combine(Path.GetDirectoryName(Path.GetFullPath(entity.File)) ?? ".", location[4..]));
        return null;
    }

    /// <summary>
    /// The source folder relative to the source root: <c>dashboard/source-path</c>, or a relative <c>dir:</c> source
    /// location resolved against the descriptor's folder as the import names it. A location outside the root is left out.
    /// </summary>
    private static string? RelativeSourcePathOf(BackstageEntity entity)
    {
        if (entity.Annotations.TryGetValue(BackstageAnnotations.SourcePath, out var path) && path.Length > 0)
            return path;
        if (!entity.Annotations.TryGetValue(BackstageAnnotations.SourceLocation, out var location)
            || !location.StartsWith("dir:", StringComparison.Ordinal) || Path.IsPathRooted(entity.File) || Path.IsPathRooted(location[4..]))
            return null;
        var segments = new List<string>();
        var folder = Path.GetDirectoryName(entity.File.Replace('\\', '/'))?.Replace('\\', '/') ?? "";
        foreach (var segment in $"{folder}/{location[4..].Replace('\\', '/')}".Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            if (segment == ".") continue;
            if (segment != "..") segments.Add(segment);
            else if (segments.Count == 0) return null;
            else segments.RemoveAt(segments.Count - 1);
        }
        return segments.Count == 0 ? null : string.Join('/', segments);
    }

    private static ServiceKind ServiceKindOf(string? type) => type?.ToLowerInvariant() switch
    {
        "website" or "frontend" => ServiceKind.Frontend,
        "worker" or "consumer" => ServiceKind.Worker,
        "job" or "batch" => ServiceKind.Job,
        _ => ServiceKind.Api,
    };

    private static Lifecycle LifecycleOf(string? lifecycle) => lifecycle?.ToLowerInvariant() switch
    {
        "experimental" => Lifecycle.Experimental,
        "deprecated" => Lifecycle.Deprecated,
        _ => Lifecycle.Production,
    };

    private static ResourceKind ResourceKindOf(string? type) => type?.ToLowerInvariant() switch
    {
        "database" or "sql" or "sql-database" => ResourceKind.Database,
        "queue" or "topic" or "service-bus" => ResourceKind.MessageQueue,
        "cache" or "redis" => ResourceKind.Cache,
        "gateway" or "external-api" or "api" or "payment-gateway" => ResourceKind.ExternalGateway,
        _ => throw new DomainException($"resource type '{type}' is not known; use database, queue, cache or gateway."),
    };
}
