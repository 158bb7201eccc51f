namespace Dashboard.Domain.Catalog;

/// <summary>
/// Merges an imported catalog into the stored one: new entries are added, existing ones take the imported owner,
/// kind, lifecycle, description, endpoints, source path, declared keys and retry policies. Nothing is deleted:
/// stored entries the import does not mention are reported, and endpoints, source paths and declared keys the
/// import leaves out are kept. An entry the stored catalog refuses is skipped with its file and line.
/// </summary>
public static class CatalogMerge
{
    public static CatalogMergeReport Apply(ServiceCatalog stored, CatalogImport import)
    {
        var merge = new Run(stored, import);
        merge.Environments();
        merge.Resources();
        merge.Stores();
        merge.Services();
        merge.Dependencies();
        merge.ReportWhatTheImportLeavesOut();
        return new CatalogMergeReport(merge.Added, merge.Updated, merge.Unchanged, merge.NotInImport, [.. import.Diagnostics, .. merge.Skipped]);
    }

    private sealed class Run(ServiceCatalog stored, CatalogImport import)
    {
        public List<CatalogMergeEntry> Added { get; } = [];
        public List<CatalogMergeEntry> Updated { get; } = [];
        public List<string> Unchanged { get; } = [];
        public List<string> NotInImport { get; } = [];
        public List<CatalogDiagnostic> Skipped { get; } = [];

        public void Environments()
        {
            foreach (var environment in import.Catalog.Environments.Where(e => stored.FindEnvironment(e.Name) is null))
            {
                // Only environments an imported endpoint uses are worth adding; the reader defaults to staging and production.
                if (!import.Catalog.Services.Any(s => s.EndpointIn(environment.Name) is not null)
                    && !import.Catalog.Stores.Any(s => s.BindingFor(environment.Name) is not null)) continue;
                stored.AddEnvironment(new DeploymentEnvironment(environment.Name, environment.Rank, environment.IsProduction));
                Added.Add(new CatalogMergeEntry($"environment:{environment.Name}", ["new environment"]));
            }
        }

        public void Resources()
        {
            foreach (var imported in import.Catalog.Resources)
            {
                var entry = $"resource:{imported.Name}";
                Guarded(imported.Name, () =>
                {
                    var existing = stored.FindResource(imported.Name);
                    if (existing is null)
                    {
                        stored.AddResource(imported);
                        Added.Add(new CatalogMergeEntry(entry, [$"{imported.Kind}, owned by {imported.OwnerTeam}"]));
                        return;
                    }
                    var changes = new List<string>();
                    Compare(changes, "owner team", existing.OwnerTeam, imported.OwnerTeam);
                    Compare(changes, "kind", existing.Kind, imported.Kind);
                    var description = DescriptionOf(existing.Description, imported.Description);
                    Compare(changes, "description", existing.Description, description);
                    Compare(changes, "reconnect time", existing.Reconnect?.Describe(), imported.Reconnect?.Describe());
                    existing.Update(imported.OwnerTeam, imported.Kind, description);
                    existing.SetReconnectTime(imported.Reconnect);
                    Record(entry, changes);
                });
            }
        }

        public void Stores()
        {
            foreach (var imported in import.Catalog.Stores)
            {
                var entry = $"resource:{imported.Name}";
                Guarded(imported.Name, () =>
                {
                    var existing = stored.FindStore(imported.Name);
                    if (existing is null)
                    {
                        var store = new ConfigStore(imported.Name, imported.Kind, imported.Endpoint, imported.Authentication);
                        stored.AddStore(store, [.. imported.Bindings.Select(b => new ConfigStoreBinding(b.Environment, b.Label))]);
                        Added.Add(new CatalogMergeEntry(entry, [$"config store at {imported.Endpoint}"]));
                        return;
                    }
                    var changes = new List<string>();
                    Compare(changes, "endpoint", existing.Endpoint, imported.Endpoint);
                    Compare(changes, "sign-in", existing.Authentication, imported.Authentication);
                    var before = string.Join(", ", existing.Bindings.Select(b => $"{b.Environment}={b.Label ?? "(null)"}").Order(StringComparer.Ordinal));
                    var after = string.Join(", ", imported.Bindings.Select(b => $"{b.Environment}={b.Label ?? "(null)"}").Order(StringComparer.Ordinal));
                    if (before != after) changes.Add($"labels: {before} → {after}");
                    if (changes.Count > 0)
                        stored.UpdateStore(existing.Name, imported.Endpoint, imported.Authentication,
                            [.. imported.Bindings.Select(b => new ConfigStoreBinding(b.Environment, b.Label))]);
                    Record(entry, changes);
                });
            }
        }

        public void Services()
        {
            foreach (var imported in import.Catalog.Services)
            {
                var entry = $"component:{imported.Name}";
                Guarded(imported.Name, () =>
                {
                    var existing = stored.FindService(imported.Name);
                    if (existing is null)
                    {
                        stored.AddService(imported);
                        Added.Add(new CatalogMergeEntry(entry, [$"{imported.Kind}, owned by {imported.OwnerTeam}"]));
                        return;
                    }
                    var changes = Update(existing, imported);
                    if (imported.ConfigStore is not null && !string.Equals(imported.ConfigStore, existing.ConfigStore, StringComparison.OrdinalIgnoreCase))
                    {
                        changes.Add($"config store: {existing.ConfigStore ?? "(none)"} → {imported.ConfigStore}");
                        stored.SetConfigStore(existing.Name, imported.ConfigStore);
                    }
                    Record(entry, changes);
                });
            }
        }

        public void Dependencies()
        {
            var declared = import.Catalog.Dependencies
                .Select(d => new ImportedDependency(d.Caller, d.TargetKind, d.Target, d.Retry, d.Notes))
                .Concat(import.DependenciesOnKnownEntries);
            foreach (var imported in declared)
            {
                var entry = $"{imported.Caller} → {imported.TargetReference}";
                Guarded(imported.Caller, () =>
                {
                    var existing = stored.FindDependency(imported.Caller, imported.TargetKind, imported.Target);
                    if (existing is null)
                    {
                        stored.AddDependency(imported.Caller, imported.TargetKind, imported.Target, imported.Retry, imported.Notes);
                        Added.Add(new CatalogMergeEntry(entry, [imported.Retry.Describe()]));
                        return;
                    }
                    var changes = new List<string>();
                    if (existing.Retry != imported.Retry) changes.Add($"retry policy: {existing.Retry.Describe()} → {imported.Retry.Describe()}");
                    if (changes.Count > 0) stored.ChangeRetryPolicy(imported.Caller, imported.TargetKind, imported.Target, imported.Retry, imported.Notes);
                    Record(entry, changes);
                });
            }
        }

        public void ReportWhatTheImportLeavesOut()
        {
            NotInImport.AddRange(stored.Services.Where(s => import.Catalog.FindService(s.Name) is null).Select(s => $"component:{s.Name}"));
            NotInImport.AddRange(stored.Resources.Where(r => import.Catalog.FindResource(r.Name) is null).Select(r => $"resource:{r.Name}"));
            // A descriptor lists all of its service's dependencies, so a stored one it no longer lists is worth a look.
            foreach (var service in import.Catalog.Services)
            {
                foreach (var dependency in stored.DependenciesOf(service.Name))
                {
                    var declared = import.Catalog.FindDependency(dependency.Caller, dependency.TargetKind, dependency.Target) is not null
                                   || import.DependenciesOnKnownEntries.Any(d => dependency.Targets(d.Caller, d.TargetKind, d.Target));
                    if (!declared) NotInImport.Add($"{dependency.Caller} → {dependency.TargetReference}");
                }
            }
        }

        private static List<string> Update(Service existing, Service imported)
        {
            var changes = new List<string>();
            Compare(changes, "owner team", existing.OwnerTeam, imported.OwnerTeam);
            Compare(changes, "kind", existing.Kind, imported.Kind);
            Compare(changes, "lifecycle", existing.Lifecycle, imported.Lifecycle);
            var description = DescriptionOf(existing.Description, imported.Description);
            Compare(changes, "description", existing.Description, description);
            existing.Update(imported.OwnerTeam, imported.Kind, imported.Lifecycle, description);

            if (imported.SourcePath is not null && imported.SourcePath != existing.SourcePath)
            {
                changes.Add($"source path: {existing.SourcePath ?? "(none)"} → {imported.SourcePath}");
                existing.SetSourcePath(imported.SourcePath);
            }
            if (imported.DeclaredConfigKeys.Count > 0 && !imported.DeclaredConfigKeys.SequenceEqual(existing.DeclaredConfigKeys, StringComparer.Ordinal))
            {
                changes.Add($"declared keys: {Listed(existing.DeclaredConfigKeys)} → {Listed(imported.DeclaredConfigKeys)}");
                existing.SetDeclaredConfigKeys(imported.DeclaredConfigKeys);
            }
            foreach (var endpoint in imported.Endpoints)
            {
                var current = existing.EndpointIn(endpoint.Environment);
                if (current is null)
                {
                    existing.AddEndpoint(new ServiceEndpoint(endpoint.Environment, endpoint.BaseUrl, endpoint.LivenessPath, endpoint.ReadinessPath,
                        endpoint.InstanceUrls.Select(u => new Uri(u))));
                    changes.Add($"endpoint in {endpoint.Environment} added: {endpoint.BaseUrl}");
                }
                else if (!current.SameAs(endpoint))
                {
                    changes.Add($"endpoint in {endpoint.Environment}: {Described(current)} → {Described(endpoint)}");
                    existing.ReplaceEndpoint(endpoint);
                }
            }
            if (imported.HealthThresholdOverrides is { } thresholds && thresholds != existing.HealthThresholdOverrides)
            {
                changes.Add($"health thresholds: {Shown(existing.HealthThresholdOverrides)} → {thresholds}");
                existing.SetHealthThresholds(thresholds);
            }
            return changes;
        }

        private static string Described(ServiceEndpoint endpoint) =>
            $"{endpoint.BaseUrl} {endpoint.LivenessPath} {endpoint.ReadinessPath}"
            + (endpoint.InstanceUrls.Count == 0 ? "" : $" ({endpoint.InstanceUrls.Count} instances: {string.Join(", ", endpoint.InstanceUrls)})");

        // A descriptor without a description does not wipe the one already written in the dashboard.
        private static string DescriptionOf(string existing, string imported) => imported.Length == 0 ? existing : imported;

        private static void Compare<T>(List<string> changes, string what, T before, T after)
        {
            if (!EqualityComparer<T>.Default.Equals(before, after)) changes.Add($"{what}: {Shown(before)} → {Shown(after)}");
        }

        private static string Shown<T>(T value) => value?.ToString() is { Length: > 0 } text ? text : "(none)";

        private static string Listed(IReadOnlyList<string> filters) => filters.Count == 0 ? "(none)" : string.Join(", ", filters);

        private void Record(string entry, List<string> changes)
        {
            if (changes.Count == 0) Unchanged.Add(entry);
            else Updated.Add(new CatalogMergeEntry(entry, changes));
        }

        private void Guarded(string sourceName, Action merge)
        {
            try
            {
                merge();
            }
            catch (DomainException ex)
            {
                var source = import.Sources.GetValueOrDefault(sourceName);
                Skipped.Add(new CatalogDiagnostic(source?.File ?? "import", source?.Line, $"'{sourceName}' was not merged: {ex.Message}"));
            }
        }
    }
}
