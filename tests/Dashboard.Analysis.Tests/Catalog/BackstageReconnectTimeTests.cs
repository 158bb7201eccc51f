using Dashboard.Analysis.Catalog;

namespace Dashboard.Analysis.Tests.Catalog;

public class BackstageReconnectTimeTests
{
    private static string Database(string annotation) => $"""
        apiVersion: backstage.io/v1alpha1
        kind: Resource
        metadata:
          name: billing-sql
          annotations:
            {annotation}
        spec:
          type: database
          owner: payments
        """;

    [Theory]
    [InlineData("dashboard/reconnect-time: 8-12s", 8, 12)]
    [InlineData("dashboard/reconnect-time: 8–12 s", 8, 12)]
    [InlineData("dashboard/reconnect-time: 2.5s", 2.5, 2.5)]
    public void Read_ReconnectTimeAnnotation_SetsTheResourcesReconnectTime(string annotation, double from, double to)
    {
        var import = BackstageCatalogReader.Read([("billing-sql.yaml", Database(annotation))]);

        Assert.Empty(import.Diagnostics);
        var reconnect = import.Catalog.FindResource("billing-sql")!.Reconnect!;
        Assert.Equal((from, to), (reconnect.FromSeconds, reconnect.ToSeconds));
    }

    [Theory]
    [InlineData("dashboard/reconnect-time: 8-12", "e.g. 'dashboard/reconnect-time: 8-12s'")]
    [InlineData("dashboard/reconnect-time: slow", "e.g. 'dashboard/reconnect-time: 8-12s'")]
    [InlineData("dashboard/reconnect-time: 12-8s", "0 ≤ from ≤ to")]
    public void Read_InvalidReconnectTime_SkipsTheResourceSayingHowToWriteIt(string annotation, string expected)
    {
        var import = BackstageCatalogReader.Read([("billing-sql.yaml", Database(annotation))]);

        Assert.Null(import.Catalog.FindResource("billing-sql"));
        Assert.Contains(expected, Assert.Single(import.Diagnostics).Message);
    }
}
