using Dashboard.Domain.Configuration;

namespace Dashboard.Domain.Tests.Configuration;

public class ServiceConfigurationTests
{
    [Fact]
    public void Load_TrimmedPrefixAndJson_GivesThePathsTheServiceReads()
    {
        var configuration = new ServiceConfiguration(
            SelectorSet.ProviderDefault.Select("billing-api:*"),
            KeyPrefixTrimmer.Of("billing-api:"));
        var store = new StoreBuilder()
            .Plain("billing-api:Tax:Rate", "0.0825")
            .WithJson("billing-api:Retry", """{"Count":3,"Delays":[1,2]}""")
            .Plain("invoice:Total", "10")
            .Build();

        var loaded = configuration.Load(store);

        Assert.Equal(
            ["Retry:Count", "Retry:Delays:0", "Retry:Delays:1", "Tax:Rate"],
            loaded.Values.Keys.Select(p => p.Value).Order(StringComparer.Ordinal));
        Assert.Equal(new LoadedValue("0.0825", new KeyLabel("billing-api:Tax:Rate", null)), loaded.Values[new ConfigPath("tax:rate")]);
    }

    [Fact]
    public void Load_KeyUnderTwoLabels_SeesTheLaterSelectorsValue()
    {
        var configuration = new ServiceConfiguration(
            SelectorSet.ProviderDefault.Select("tax.*").Select("tax.*", "prod"),
            KeyPrefixTrimmer.None);
        var store = new StoreBuilder()
            .Plain("tax.rate.default", "0.08")
            .Plain("tax.rate.default", "0.0825", "prod")
            .Plain("tax.rate.reduced", "0.05")
            .Build();

        var loaded = configuration.Load(store);

        Assert.Equal("0.0825", loaded.Values[new ConfigPath("tax.rate.default")].Value);
        Assert.Equal("0.05", loaded.Values[new ConfigPath("tax.rate.reduced")].Value);
    }

    [Fact]
    public void Load_InvalidJson_LoadsPlainValueAndListsTheProblem()
    {
        var configuration = ServiceConfiguration.ProviderDefault;
        var store = new StoreBuilder().WithJson("Billing", "{not json").Build();

        var loaded = configuration.Load(store);

        Assert.Equal("{not json", loaded.Values[new ConfigPath("Billing")].Value);
        Assert.Contains(loaded.Problems, p => p.Contains("'Billing'"));
    }

    [Fact]
    public void Load_FeatureFlags_AreListedByFlagIdNotAsPaths()
    {
        var configuration = new ServiceConfiguration(
            SelectorSet.ProviderDefault.Select("billing:*").SelectFeatureFlags("Billing*"),
            KeyPrefixTrimmer.None);
        var store = new StoreBuilder().Flag("BillingV2").Flag("InvoiceV2").Plain("billing:x", "1").Build();

        var loaded = configuration.Load(store);

        Assert.Equal(["BillingV2"], loaded.FeatureFlags.Keys);
        Assert.Equal([new ConfigPath("billing:x")], loaded.Values.Keys);
    }

    [Fact]
    public void Load_TwoKeysTrimmedToTheSamePathInDifferentCase_TheLaterLoadedKeyWins()
    {
        var configuration = new ServiceConfiguration(
            SelectorSet.ProviderDefault.Select("a:*").Select("B:*"),
            KeyPrefixTrimmer.Of("a:", "B:"));
        var store = new StoreBuilder().Plain("B:Rate", "from-b").Plain("a:rate", "from-a").Build();

        var loaded = configuration.Load(store);

        Assert.Equal("from-b", Assert.Single(loaded.Values).Value.Value);
    }

    [Fact]
    public void Read_Section_SeesEveryPathInsideIt()
    {
        var configuration = ServiceConfiguration.ProviderDefault;
        var store = new StoreBuilder()
            .WithJson("Billing", """{"Tax":{"Rate":1,"Region":"EU"},"Other":2}""")
            .Plain("BillingExtra", "x")
            .Build();

        var read = configuration.Load(store).Read(new ConfigPath("billing:tax")).Select(v => v.Key.Value).ToArray();

        Assert.Equal(["Billing:Tax:Rate", "Billing:Tax:Region"], read);
    }
}
