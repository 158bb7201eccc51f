using Dashboard.Domain.ConfigStores;

namespace Dashboard.Domain.Proposals;

/// <summary>The setting a proposal changes: one key of one store, under a staging label and a production label.</summary>
public sealed record ProposalTarget
{
    public ProposalTarget(string store, string key, string? stagingLabel, string? productionLabel)
    {
        if (string.IsNullOrWhiteSpace(store))
            throw new DomainException("A proposal needs the name of the config store it changes, e.g. 'appcs-shared'.");
        Key = ConfigKey.Validate(key);
        if (string.Equals(stagingLabel, productionLabel, StringComparison.Ordinal))
            throw new DomainException(
                $"The staging and production labels of '{key}' are both {ConfigLabel.Describe(stagingLabel)}: a change must go through staging first, so give staging its own label, e.g. 'staging'.");
        Store = store.Trim();
        StagingLabel = stagingLabel;
        ProductionLabel = productionLabel;
    }

    public string Store { get; }
    public string Key { get; }
    public string? StagingLabel { get; }
    public string? ProductionLabel { get; }

    public string Describe(ProposalEnvironment environment) =>
        $"{ConfigLabel.DescribeSetting(Key, LabelOf(environment))} in store '{Store}'";

    public string? LabelOf(ProposalEnvironment environment) =>
        environment == ProposalEnvironment.Staging ? StagingLabel : ProductionLabel;
}
