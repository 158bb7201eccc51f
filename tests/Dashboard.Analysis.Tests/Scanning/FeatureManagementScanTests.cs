using Dashboard.Domain.Scanning;

namespace Dashboard.Analysis.Tests.Scanning;

// Microsoft.FeatureManagement's surface beyond IsEnabledAsync and [FeatureGate("x")].
public class FeatureManagementScanTests
{
    private static async Task<(string Flag, FeatureFlagCheck Kind)[]> FlagsAsync(params string[] files) =>
        [.. (await ServiceSnippets.ScanAsync(files)).FeatureFlagReads.Select(f => (f.Flag, f.Kind))];

    [Fact]
    public async Task ScanAsync_VariantManagerAndSnapshot_AreChecks()
    {
        const string code = """
            public sealed class Pricing(IVariantFeatureManager variants, IFeatureManagerSnapshot snapshot)
            {
                public async Task<string> ColorAsync(CancellationToken token)
                {
                    var on = await variants.IsEnabledAsync("Pricing.Beta", token);
                    var variant = await variants.GetVariantAsync("Pricing.Color", token);
                    return await snapshot.IsEnabledAsync("Pricing.Snapshot") ? variant.Name : "";
                }
            }
            """;

        Assert.Equal([("Pricing.Beta", FeatureFlagCheck.IsEnabled), ("Pricing.Color", FeatureFlagCheck.Variant), ("Pricing.Snapshot", FeatureFlagCheck.IsEnabled)],
            await FlagsAsync(code));
    }

    [Fact]
    public async Task ScanAsync_FlagsFromEnumsLocalsAndNameof_AreResolved()
    {
        const string flags = "public enum MyFeatureFlags { Beta, Reports }\npublic static class Features { public static readonly string Export = \"Export\"; }";
        const string code = """
            var f = Features.Export;
            var a = await features.IsEnabledAsync(f);
            var b = await features.IsEnabledAsync(MyFeatureFlags.Beta.ToString());
            var c = await features.IsEnabledAsync(nameof(MyFeatureFlags.Reports));
            """;

        Assert.Equal(["Export", "Beta", "Reports"], (await FlagsAsync(code, flags)).Select(f => f.Flag));
    }

    [Fact]
    public async Task ScanAsync_FeatureGateWithRequirementTypeAndEnumFlags_ReportsEachFlag()
    {
        const string code = """
            public enum MyFeatureFlags { FeatureA, FeatureB }
            [FeatureGate(RequirementType.Any, MyFeatureFlags.FeatureA, MyFeatureFlags.FeatureB)]
            public sealed class BetaController { }
            """;

        Assert.Equal([("FeatureA", FeatureFlagCheck.FeatureGate), ("FeatureB", FeatureFlagCheck.FeatureGate)], await FlagsAsync(code));
    }

    [Fact]
    public async Task ScanAsync_FeatureGatedRegistrations_AreChecks()
    {
        const string code = """
            builder.Services.AddMvc(o => o.Filters.AddForFeature<AuditFilter>("Audit"));
            builder.Services.AddFeatureManagement().WithVariantService<IRecommender>("Recommender");
            app.UseMiddlewareForFeature<ThrottleMiddleware>("Throttle");
            app.UseForFeature("Banner", banner => banner.UseMiddleware<BannerMiddleware>());
            """;

        Assert.Equal(
            [("Audit", FeatureFlagCheck.Filter), ("Recommender", FeatureFlagCheck.VariantService),
             ("Throttle", FeatureFlagCheck.Middleware), ("Banner", FeatureFlagCheck.Middleware)],
            await FlagsAsync(code));
    }
}
