namespace Dashboard.Cli.Tests;

// Backstage descriptors for catalog tests.
internal static class CatalogYaml
{
    public static string Component(string name, string? sourcePath, string owner = "group:default/payments") => $"""
        apiVersion: backstage.io/v1alpha1
        kind: Component
        metadata:
          name: {name}
        {(sourcePath is null ? "" : $"  annotations:\n    dashboard/source-path: {sourcePath}\n")}spec:
          type: service
          lifecycle: production
          owner: {owner}
        """;

    public static string Documents(params string[] documents) => string.Join("\n---\n", documents);
}
