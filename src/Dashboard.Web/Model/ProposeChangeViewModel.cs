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
/// type as you type), see it next to every environment's value, and the blast radius recomputed for it. Before a value
/// is typed the radius of any change to the key is shown; Submit says why it is not possible yet.
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
    /// <summary>Nothing typed yet: the value is still the one the environment holds, so the radius is that of any change.</summary>
    public bool IsUnchanged => Key is not null && NewValue == (TargetSetting is { } target && !IsSecret(target) ? target.Value ?? "" : "");
    /// <summary>Words about a new number far from the current one (sign, percent versus fraction, size of the change).</summary>
    public IReadOnlyList<string> MagnitudeWarnings { get; private set; } = [];
    /// <summary>A new key named like existing ones must be confirmed before it is created, so a typo does not make a second key.</summary>
    public bool NeedsNewKeyConfirmation => IsNewKey && Radius is { LookAlikes.Count: > 0 };
    public bool NewKeyConfirmed { get; private set; }
    /// <summary>The draft is a secret (by key, content type or value): it is never written into the URL.</summary>
    public bool IsSecretValue => Key is not null && SettingKind.IsSecret(Key, NewValue, TargetSetting?.ContentType);
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
    public bool CanSubmit => SubmitBlockedReason is null;
    /// <summary>Something typed that a reload or leaving would lose.</summary>
    public bool HasUnsavedWork => !_submitted && Key is not null && (!IsUnchanged || !string.IsNullOrWhiteSpace(Reason));
    private bool _submitted;

    /// <summary>Why Submit is disabled, in words shown under it; null when it can be pressed.</summary>
    public string? SubmitBlockedReason =>
        Key is null ? "Pick a key first."
        : ValueProblem is not null ? $"Fix the value first: {ValueProblem}"
        : IsUnchanged ? $"This is the value {Environment} already has; change it to propose something."
        : RadiusError is not null ? "The blast radius could not be computed; a proposal needs it."
        : Radius is null ? "The blast radius is still being computed."
        : NeedsNewKeyConfirmation && !NewKeyConfirmed ? $"Confirm that you mean to create the new key '{Key}' (see the keys named like it above)."
        : string.IsNullOrWhiteSpace(Reason) ? "Say why the change is needed."
        : null;

    public void SetReason(string? reason) => Reason = reason ?? "";

    public void ConfirmNewKey(bool confirmed) => NewKeyConfirmed = confirmed;

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
            _submitted = true;
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
        NewKeyConfirmed = false;
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
        NewValue = target is null || IsSecret(target) ? "" : target.Value ?? "";
    }

    private static bool IsSecret(ConfigSetting setting) => SettingKind.IsSecret(setting.Key, setting.Value, setting.ContentType);

    private async Task RecomputeAsync(CancellationToken cancellationToken)
    {
        MagnitudeWarnings = [];
        if (Key is not null && IsUnchanged)
        {
            // Nothing typed yet: no error, and the radius of any change to the key, so the page is useful on arrival.
            ValueProblem = null;
            await AnalyzeAsync(ProposedChange.AnyChange(Store ?? "", Key, Label), cancellationToken);
            return;
        }
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
        MagnitudeWarnings = ValueMagnitude.Warnings(TargetSetting?.Value, NewValue);
        await AnalyzeAsync(ProposedChange.Set(Store, Key, Label, NewValue, TargetSetting?.ContentType), cancellationToken);
    }

    private async Task AnalyzeAsync(ProposedChange change, CancellationToken cancellationToken)
    {
        if (Environment is null) return;
        try
        {
            Radius = await blastRadius.AnalyzeAsync(change, Environment, validatedInStaging: false, cancellationToken);
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
