using Dashboard.Domain.Catalog;
using Dashboard.Analysis.Catalog;

namespace Dashboard.Analysis.Tests.Catalog;

public class BackstageCatalogReaderTests
{
    private const string Billing = """
        apiVersion: backstage.io/v1alpha1
        kind: Component
        metadata:
          name: billing-api
          description: Charges customers.
          annotations:
            dashboard/source-path: services/billing-api
            dashboard/endpoint.production: https://billing-api.contoso.com
            dashboard/endpoint.staging: https://billing-api.staging.contoso.com
            dashboard/liveness-path: /health
            dashboard/readiness-path: /health
            dashboard/retry.billing-sql: attempts=2, backoff=exponential, timeout=30s
        spec:
          type: service
          lifecycle: production
          owner: group:default/payments
          dependsOn:
            - resource:default/billing-sql
        ---
        apiVersion: backstage.io/v1alpha1
        kind: Resource
        metadata:
          name: billing-sql
        spec:
          type: database
          owner: payments
        """;

    private const string Frontend = """
        apiVersion: backstage.io/v1alpha1
        kind: Component
        metadata:
          name: frontend
          annotations:
            dashboard/retry.billing-api: attempts=3, backoff=none, timeout=10s, circuitBreaker=false
        spec:
          type: website
          lifecycle: experimental
          owner: web-experience
          dependsOn: [component:billing-api]
        """;

    [Fact]
    public void Read_ComponentsResourcesAndDependsOn_BuildTheCatalog()
    {
        var import = BackstageCatalogReader.Read([("billing.yaml", Billing), ("frontend.yaml", Frontend)]);

        Assert.Empty(import.Diagnostics);
        var catalog = import.Catalog;
        Assert.Equal(["billing-api", "frontend"], catalog.Services.Select(s => s.Name));
        Assert.Equal(["staging", "production"], catalog.Environments.Select(e => e.Name));
        var billing = catalog.FindService("billing-api")!;
        Assert.Equal("payments", billing.OwnerTeam);
        Assert.Equal("/health", billing.EndpointIn("production")!.ReadinessPath);
        Assert.Equal(ServiceKind.Frontend, catalog.FindService("frontend")!.Kind);
        Assert.Equal(Lifecycle.Experimental, catalog.FindService("frontend")!.Lifecycle);
        var frontendCall = catalog.DependenciesOf("frontend").Single();
        Assert.Equal("component:billing-api", frontendCall.TargetReference);
        Assert.True(frontendCall.Retry.RetriesWithoutBackoff);
        Assert.Equal(BackoffKind.Exponential, catalog.DependenciesOf("billing-api").Single().Retry.Backoff);
        Assert.Equal("services/billing-api", import.SourcePaths["billing-api"]);
        Assert.Equal(new CatalogEntrySource("frontend.yaml", 1), import.Sources["frontend"]);
        Assert.Equal(new CatalogEntrySource("billing.yaml", 20), import.Sources["billing-sql"]);
    }

    [Fact]
    public void Read_DependencyWithoutRetryAnnotation_SaysThePolicyIsNotDeclared()
    {
        var import = BackstageCatalogReader.Read([("billing.yaml", Billing), ("f.yaml", Frontend.Replace("    dashboard/retry.billing-api: attempts=3, backoff=none, timeout=10s, circuitBreaker=false\n", ""))]);

        var dependency = import.Catalog.DependenciesOf("frontend").Single();
        Assert.Equal(0, dependency.Retry.Attempts);
        Assert.Contains("not declared", dependency.Notes);
    }

    [Fact]
    public void Read_MalformedYaml_IsReportedWithLine_AndOtherFilesStillImport()
    {
        const string broken = "kind: Component\nmetadata:\n  name: [unclosed\n";

        var import = BackstageCatalogReader.Read([("broken.yaml", broken), ("billing.yaml", Billing)]);

        var diagnostic = Assert.Single(import.Diagnostics);
        Assert.Equal("broken.yaml", diagnostic.File);
        Assert.NotNull(diagnostic.Line);
        Assert.Contains("not valid YAML", diagnostic.Message);
        Assert.NotNull(import.Catalog.FindService("billing-api"));
    }

    [Fact]
    public void Read_UnclosedFlowSequenceFollowedByKeys_IsReportedAsInvalidYaml()
    {
        const string broken = "kind: Component\nmetadata:\n  name: x\n  description: [unclosed\nspec:\n  owner: a\n";

        var import = BackstageCatalogReader.Read([("broken.yaml", broken)]);

        var diagnostic = Assert.Single(import.Diagnostics);
        Assert.Contains("not valid YAML", diagnostic.Message);
        Assert.True(diagnostic.Line >= 4, $"line {diagnostic.Line} should point at or after the unclosed '['");
        Assert.Empty(import.Catalog.Services);
    }

    [Fact]
    public void Read_DependsOnUnknownEntity_IsReportedAndSkipped()
    {
        var import = BackstageCatalogReader.Read([("frontend.yaml", Frontend)]);

        var diagnostic = Assert.Single(import.Diagnostics);
        Assert.Contains("unknown service 'billing-api'", diagnostic.Message);
        Assert.Empty(import.Catalog.Dependencies);
        Assert.NotNull(import.Catalog.FindService("frontend"));
    }

    [Theory]
    [InlineData("kind: Component\nspec:\n  owner: a\n", "no 'metadata.name'")]
    [InlineData("metadata:\n  name: x\n", "no 'kind'")]
    [InlineData("kind: Component\nmetadata:\n  name: x\nspec:\n  type: service\n", "spec.owner is required")]
    [InlineData("kind: Resource\nmetadata:\n  name: x\nspec:\n  type: mainframe\n  owner: a\n", "resource type 'mainframe' is not known")]
    [InlineData("kind: Component\nmetadata:\n  name: x\n  annotations:\n    dashboard/retry.y: attempts=lots\nspec:\n  owner: a\n  dependsOn: [component:y]\n---\nkind: Component\nmetadata:\n  name: y\nspec:\n  owner: a\n", "'attempts=lots' is not understood")]
    [InlineData("kind: Component\nmetadata:\n  name: bad name\nspec:\n  owner: a\n", "is not a valid service name")]
    public void Read_InvalidEntry_IsSkippedWithAMessageSayingWhy(string yaml, string expected)
    {
        var import = BackstageCatalogReader.Read([("catalog-info.yaml", yaml)]);

        Assert.Contains(import.Diagnostics, d => d.Message.Contains(expected) && d.File == "catalog-info.yaml");
    }

    [Fact]
    public void Read_ConfigKeysAnnotation_SetsTheDeclaredKeyFilters()
    {
        var yaml = Frontend.Replace("  annotations:\n", "  annotations:\n    dashboard/config-keys: \"Orders:*, tax.rate.default\"\n");

        var import = BackstageCatalogReader.Read([("billing.yaml", Billing), ("frontend.yaml", yaml)]);

        Assert.Empty(import.Diagnostics);
        Assert.Equal(["Orders:*", "tax.rate.default"], import.Catalog.FindService("frontend")!.DeclaredConfigKeys);
        Assert.Empty(import.Catalog.FindService("billing-api")!.DeclaredConfigKeys);
    }

    [Fact]
    public void Read_InvalidConfigKey_SkipsTheServiceWithFileLineAndReason()
    {
        var yaml = Frontend.Replace("  annotations:\n", "  annotations:\n    dashboard/config-keys: Or*ders\n");

        var import = BackstageCatalogReader.Read([("billing.yaml", Billing), ("frontend.yaml", yaml)]);

        var diagnostic = Assert.Single(import.Diagnostics);
        Assert.Equal(("frontend.yaml", (int?)1), (diagnostic.File, diagnostic.Line));
        Assert.Contains("Or*ders", diagnostic.Message);
        Assert.Null(import.Catalog.FindService("frontend"));
    }

    [Fact]
    public void Read_SourcePathAnnotation_IsSetOnTheService()
    {
        var import = BackstageCatalogReader.Read([("billing.yaml", Billing)]);

        Assert.Equal("services/billing-api", import.Catalog.FindService("billing-api")!.SourcePath);
    }

    [Theory]
    [InlineData("services/orders/catalog-info.yaml", "dir:./src", "services/orders/src")]
    [InlineData("catalog/orders.yaml", "dir:../src/orders", "src/orders")]
    [InlineData("orders.yaml", "dir:../elsewhere", null)]
    public void Read_SourceLocationDir_IsResolvedRelativeToTheSourceRoot(string file, string location, string? expected)
    {
        var yaml = $"kind: Component\nmetadata:\n  name: orders\n  annotations:\n    backstage.io/source-location: {location}\nspec:\n  owner: a\n";

        var import = BackstageCatalogReader.Read([(file, yaml)]);

        Assert.Equal(expected, import.Catalog.FindService("orders")!.SourcePath);
    }

    [Fact]
    public void Read_DependencyOnAKnownEntryOutsideTheImport_IsKeptForTheMerge()
    {
        var known = BackstageCatalogReader.Read([("billing.yaml", Billing)]).Catalog;

        var import = BackstageCatalogReader.Read([("frontend.yaml", Frontend)], known);

        Assert.Empty(import.Diagnostics);
        var dependency = Assert.Single(import.DependenciesOnKnownEntries);
        Assert.Equal(("frontend", "component:billing-api", 3), (dependency.Caller, dependency.TargetReference, dependency.Retry.Attempts));
    }

    [Fact]
    public void Read_OtherKinds_AreSkippedWithANote()
    {
        var import = BackstageCatalogReader.Read([("system.yaml", "kind: System\nmetadata:\n  name: billing\nspec:\n  owner: payments\n")]);

        Assert.Contains("only Component and Resource", Assert.Single(import.Diagnostics).Message);
    }

    [Fact]
    public void ReadPath_FolderWithNonYamlFiles_ReadsOnlyYaml()
    {
        var folder = Directory.CreateTempSubdirectory("catalog-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "catalog-info.yaml"), Billing);
            Directory.CreateDirectory(Path.Combine(folder, "web"));
            File.WriteAllText(Path.Combine(folder, "web", "catalog-info.yml"), Frontend);
            File.WriteAllText(Path.Combine(folder, "notes.txt"), "kind: Component");

            var import = BackstageCatalogReader.ReadPath(folder);

            Assert.Empty(import.Diagnostics);
            Assert.Equal(2, import.Catalog.Services.Count);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void ReadPath_SourceLocationDir_IsResolvedAgainstTheDescriptorFolder()
    {
        var folder = Directory.CreateTempSubdirectory("catalog-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "catalog-info.yaml"),
                "kind: Component\nmetadata:\n  name: api\n  annotations:\n    backstage.io/source-location: dir:./src\nspec:\n  owner: a\n");

            var import = BackstageCatalogReader.ReadPath(folder);

            Assert.Equal(Path.Combine(folder, "src"), import.SourcePaths["api"]);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void ReadPath_MissingPath_NamesIt()
    {
        var error = Assert.Throws<FileNotFoundException>(() => BackstageCatalogReader.ReadPath("/no/such/catalog"));

        Assert.Contains("'/no/such/catalog' does not exist", error.Message);
    }
}
