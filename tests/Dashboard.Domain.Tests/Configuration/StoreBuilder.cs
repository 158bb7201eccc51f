using Dashboard.Domain.Configuration;

namespace Dashboard.Domain.Tests.Configuration;

/// <summary>Builds the key-values of a store for tests.</summary>
internal sealed class StoreBuilder
{
    public const string Json = "application/json";

    private readonly List<StoreSetting> _settings = [];

    public StoreBuilder Plain(string key, string? value, string? label = null)
    {
        _settings.Add(new StoreSetting(key, label, value));
        return this;
    }

    public StoreBuilder WithJson(string key, string json, string? label = null, string contentType = Json)
    {
        _settings.Add(new StoreSetting(key, label, json, contentType));
        return this;
    }

    public StoreBuilder Flag(string flagId, string? label = null)
    {
        _settings.Add(new StoreSetting(FeatureFlagKey.ForFlagId(flagId), label, $$"""{"id":"{{flagId}}","enabled":true}""", FeatureFlagKey.ContentType));
        return this;
    }

    public IReadOnlyList<StoreSetting> Build() => [.. _settings];
}
