using Dashboard.Domain.Catalog;

namespace Dashboard.Domain.Tests.Catalog;

public class CatalogEditingTests
{
    [Fact]
    public void ChangeRetryPolicy_ExistingDependency_TakesTheNewPolicy()
    {
        var catalog = CatalogBuilder.WithServices("frontend", "billing-api");
        catalog.AddDependency("frontend", DependencyTargetKind.Service, "billing-api", CatalogBuilder.Immediate(3));

        catalog.ChangeRetryPolicy("frontend", DependencyTargetKind.Service, "billing-api", CatalogBuilder.Backoff(3));

        var dependency = catalog.DependenciesOf("frontend").Single();
        Assert.False(dependency.Retry.RetriesWithoutBackoff);
        Assert.True(dependency.Retry.CircuitBreaker);
    }

    [Fact]
    public void ChangeRetryPolicy_NoSuchDependency_SaysWhatTheCallerDependsOn()
    {
        var catalog = CatalogBuilder.WithServices("frontend", "billing-api", "orders");
        catalog.AddDependency("frontend", DependencyTargetKind.Service, "billing-api", CatalogBuilder.Immediate(3));

        var error = Assert.Throws<DomainException>(() =>
            catalog.ChangeRetryPolicy("frontend", DependencyTargetKind.Service, "orders", CatalogBuilder.Backoff(1)));

        Assert.Contains("'frontend' has no dependency on component:orders; it depends on component:billing-api", error.Message);
    }

    [Fact]
    public void RemoveDependency_Existing_IsGone()
    {
        var catalog = CatalogBuilder.WithServices("frontend", "billing-api");
        catalog.AddDependency("frontend", DependencyTargetKind.Service, "billing-api", CatalogBuilder.Immediate(3));

        catalog.RemoveDependency("frontend", DependencyTargetKind.Service, "billing-api");

        Assert.Empty(catalog.Dependencies);
    }

    [Fact]
    public void RemoveDependency_Unknown_IsRefused()
    {
        var catalog = CatalogBuilder.WithServices("frontend", "billing-api");

        var error = Assert.Throws<DomainException>(() => catalog.RemoveDependency("frontend", DependencyTargetKind.Service, "billing-api"));

        Assert.Contains("it has no dependencies", error.Message);
    }

    [Fact]
    public void RemoveService_WithDependents_IsRefusedNamingThem()
    {
        var catalog = CatalogBuilder.WithServices("frontend", "orders", "billing-api");
        catalog.AddDependency("frontend", DependencyTargetKind.Service, "billing-api", CatalogBuilder.Immediate(3));
        catalog.AddDependency("orders", DependencyTargetKind.Service, "billing-api", CatalogBuilder.Backoff(5));

        var error = Assert.Throws<DomainException>(() => catalog.RemoveService("billing-api"));

        Assert.Contains("'billing-api' cannot be removed while frontend, orders depend on it", error.Message);
        Assert.NotNull(catalog.FindService("billing-api"));
        Assert.Equal(2, catalog.Dependencies.Count);
    }

    [Fact]
    public void RemoveService_NoDependents_RemovesItAndTheCallsItMakes()
    {
        var catalog = CatalogBuilder.WithServices("frontend", "billing-api");
        catalog.AddDependency("frontend", DependencyTargetKind.Service, "billing-api", CatalogBuilder.Immediate(3));

        catalog.RemoveService("frontend");

        Assert.Null(catalog.FindService("frontend"));
        Assert.Empty(catalog.Dependencies);
        Assert.NotNull(catalog.FindService("billing-api"));
    }

    [Fact]
    public void RemoveService_Unknown_IsRefused()
    {
        var catalog = CatalogBuilder.WithServices("frontend");

        var error = Assert.Throws<DomainException>(() => catalog.RemoveService("ghost"));

        Assert.Contains("Unknown service 'ghost'", error.Message);
    }

    [Theory]
    [InlineData("Orders:*, tax.rate.default", new[] { "Orders:*", "tax.rate.default" })]
    [InlineData("a\\,b, c\nd", new[] { "a\\,b", "c", "d" })]
    [InlineData(" , ", new string[0])]
    public void ConfigKeyFilterList_Split_SeparatesOnUnescapedCommasAndLines(string text, string[] expected)
    {
        Assert.Equal(expected, ConfigKeyFilterList.Split(text));
    }
}
