using System.Text.Json.Nodes;
using Dashboard.Domain;
using Dashboard.Domain.BlastRadius;
using Dashboard.Domain.Catalog;
using Dashboard.Domain.ConfigMap;
using Dashboard.Domain.ConfigStores;
using Dashboard.Domain.Proposals;
using Dashboard.Application.BlastRadius;
using Dashboard.Application.Errors;
using Dashboard.Application.Proposals;
using Dashboard.Infrastructure.BlastRadius;

namespace Dashboard.Web.Model;

/// <summary>
/// The propose-change page: pick a key and an environment, type the new value (checked against the current value's
/// type as you type), see it next to every environment's value, and the blast radius recomputed for it.
/// </summary>
public sealed class ProposeChangeViewModel(ChangePreviewService preview, IBlastRadiusService blastRadius, ProposalWorkflow proposals, ILogger<ProposeChangeViewModel> logger)
{
    private ServiceCatalog? _catalog;

    public LoadState State { get; private set; } = LoadState.Loading;
    public string? Error { get; private set; }
    public IReadOnlyList<string> Stores { get; private set; } = [];
    public IReadOnlyList<string> Environments { get; private set; } = [];
    public IReadOnlyList<string> Keys { get; private set; } = [];
    public string? Store { get; private set; }
    public string? Environment { get; private set; }
    public string? Key { get; private set; }
    public string? Label => StoreEntity?.BindingFor(Environment ?? "")?.Label;
    public IReadOnlyList<CurrentValueRow> Current { get; private set; } = [];
    public bool IsNewKey => Key is not null && Current.All(c => c.Setting is null);
    /// <summary>The type the new value must keep, from production's current value, where the change ends up ("text" for a new key).</summary>
    public string ValueType { get; private set; } = "text";
    public bool IsFeatureFlag => ValueType == "a feature flag";
    public string NewValue { get; private set; } = "";
    public string? ValueProblem { get; private set; }
    public Domain.BlastRadius.BlastRadius? Radius
    {
        get;
        private set
        {
            field = value;
            RadiusGraph = value is null ? null : RadiusGraphBuilder.Build(value);
        }
    }

    /// <summary>Kept with the radius, so the graph is redrawn only when the radius changes.</summary>
    public ConfigGraph? RadiusGraph { get; private set; }
    public string? RadiusError { get; private set; }

    public string Reason { get; private set; } = "";
    public string? SubmitError { get; private set; }
    public bool CanSubmit => Key is not null && ValueProblem is null && Radius is not null && !string.IsNullOrWhiteSpace(Reason);

    public void SetReason(string? reason) => Reason = reason ?? "";

    /// <summary>Creates the proposal (a draft: staging comes first); returns its id, or null with <see cref="SubmitError"/> saying why.</summary>
    public async Task<Guid?> SubmitAsync(ProposalActor author, CancellationToken cancellationToken)
    {
        SubmitError = null;
        if (!CanSubmit)
        {
            SubmitError = "Pick a key, give a valid new value and say why the change is needed before submitting.";
            return null;
        }
        try
        {
            var proposal = await proposals.CreateAsync(author, new NewProposal(Store, Key, NewValue, TargetSetting?.ContentType, Delete: false, Reason), cancellationToken);
            return proposal.Id;
        }
        catch (Exception ex) when (ex is InputException or DomainException or ConfigStoreException)
        {
            SubmitError = $"The proposal was not created: {ex.Message}";
            return null;
        }
    }

    private ConfigStore? StoreEntity => _catalog?.Stores.FirstOrDefault(s => s.Name == Store);
    private ConfigSetting? TargetSetting => Current.FirstOrDefault(c => c.Environment == Environment)?.Setting;
    private ConfigSetting? ProductionSetting => Current.FirstOrDefault(c => c.Environment == ProposalWorkflow.ProductionEnvironment)?.Setting;

    public async Task LoadAsync(CancellationToken cancellationToken)
    {
        try
        {
            _catalog = await preview.CatalogAsync(cancellationToken);
            Stores = [.. _catalog.Stores.Select(s => s.Name)];
            Environments = [.. _catalog.Environments.Select(e => e.Name)];
            Environment = _catalog.Environments.LastOrDefault()?.Name;
            if (Stores.Count > 0) await SelectStoreAsync(Stores[0], cancellationToken);
            State = LoadState.Loaded;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Loading the propose-change page failed");
            Error = $"The store could not be read: {ex.GetBaseException().Message}";
            State = LoadState.Failed;
        }
    }

    public async Task SelectStoreAsync(string store, CancellationToken cancellationToken)
    {
        Store = store;
        Keys = StoreEntity is null ? [] : await preview.KeysAsync(StoreEntity, cancellationToken);
        Key = null;
        Current = [];
        Radius = null;
    }

    public Task<IEnumerable<string>> SearchKeysAsync(string? text, CancellationToken _) =>
        Task.FromResult(string.IsNullOrWhiteSpace(text)
            ? Keys.Take(50)
            : Keys.Where(k => k.Contains(text.Trim(), StringComparison.OrdinalIgnoreCase)).Take(50));

    public async Task SelectKeyAsync(string? key, CancellationToken cancellationToken)
    {
        Key = string.IsNullOrWhiteSpace(key) ? null : key.Trim();
        Radius = null;
        RadiusError = null;
        if (Key is null || _catalog is null || StoreEntity is null) { Current = []; return; }
        var current = await preview.CurrentAsync(_catalog, StoreEntity, Key, cancellationToken);
        Current = [.. _catalog.Environments.Select(e => CurrentValueRow.Of(e.Name, StoreEntity.BindingFor(e.Name)?.Label, Key, current.GetValueOrDefault(e.Name)))];
        StartFromTarget();
        await RecomputeAsync(cancellationToken);
    }

    public async Task SelectEnvironmentAsync(string environment, CancellationToken cancellationToken)
    {
        Environment = environment;
        if (Key is null) return;
        StartFromTarget();
        await RecomputeAsync(cancellationToken);
    }

    public async Task SetValueAsync(string? value, CancellationToken cancellationToken)
    {
        NewValue = value ?? "";
        await RecomputeAsync(cancellationToken);
    }

    /// <summary>A feature flag is edited as a switch: only "enabled" changes, the rest of the document is kept.</summary>
    public Task SetFlagEnabledAsync(bool enabled, CancellationToken cancellationToken)
    {
        var document = JsonNode.Parse(string.IsNullOrWhiteSpace(NewValue) ? "{}" : NewValue) as JsonObject ?? [];
        document["enabled"] = enabled;
        return SetValueAsync(document.ToJsonString(), cancellationToken);
    }

    public bool FlagEnabled => IsFeatureFlag && JsonNode.Parse(NewValue) is JsonObject flag && flag["enabled"]?.GetValue<bool>() == true;

    private void StartFromTarget()
    {
        var target = TargetSetting;
        var production = ProductionSetting;
        ValueType = production is null ? "text" : SettingKind.Type(production.Key, production.Value, production.ContentType);
        NewValue = target is null || SettingKind.IsSecret(target.Key, target.Value, target.ContentType) ? "" : target.Value ?? "";
    }

    private async Task RecomputeAsync(CancellationToken cancellationToken)
    {
        var problems = ConfigSettingRules.Check(Key, Label, NewValue, TargetSetting?.ContentType);
        var production = ProductionSetting is { } setting ? new ObservedSetting(setting.Value, setting.ContentType, setting.ETag) : ObservedSetting.Absent;
        var mismatch = Key is null ? null : ValueTypeRule.Problem(Key, ProposedValue.Set(NewValue, TargetSetting?.ContentType), production);
        ValueProblem = problems.Count > 0
            ? problems[0].Message
            : mismatch is not null
                ? mismatch
                : TargetSetting?.Value == NewValue ? $"This is the value {Environment} already has; change it to propose something." : null;
        if (ValueProblem is not null || Key is null || Store is null || Environment is null)
        {
            Radius = null;
            return;
        }
        try
        {
            Radius = await blastRadius.AnalyzeAsync(
                ProposedChange.Set(Store, Key, Label, NewValue, TargetSetting?.ContentType), Environment, validatedInStaging: false, cancellationToken);
            RadiusError = null;
        }
        catch (Exception ex) when (ex is DomainException or ConfigStoreException)
        {
            Radius = null;
            RadiusError = $"The blast radius could not be computed: {ex.Message}";
        }
    }
}

/// <summary>A key's value in one environment, masked when it is a secret.</summary>
public sealed record CurrentValueRow(string Environment, string? Label, ConfigSetting? Setting, string Display, string Type)
{
    public static CurrentValueRow Of(string environment, string? label, string key, ConfigSetting? setting) =>
        setting is null
            ? new(environment, label, null, "(not set)", "—")
            : new(environment, label, setting,
                SettingKind.IsSecret(key, setting.Value, setting.ContentType) ? SecretDetector.Mask : setting.Value ?? "",
                SettingKind.Type(key, setting.Value, setting.ContentType));
}
