namespace Dashboard.Infrastructure.Tests.Catalog;

/// <summary>Small Backstage descriptors for import tests.</summary>
internal static class CatalogYaml
{
    public static string Component(string name, string owner, string dependsOn = "", string annotations = "") => $"""
        apiVersion: backstage.io/v1alpha1
        kind: Component
        metadata:
          name: {name}
          annotations:
            dashboard/endpoint.production: https://{name}.contoso.com
        {annotations}
        spec:
          type: service
          lifecycle: production
          owner: {owner}
          dependsOn: [{dependsOn}]
        """;

    public static string Documents(params string[] documents) => string.Join("\n---\n", documents);
}
