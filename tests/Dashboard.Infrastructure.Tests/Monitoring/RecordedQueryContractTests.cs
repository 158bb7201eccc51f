using System.Text.Json;
using Dashboard.Infrastructure.Monitoring;

namespace Dashboard.Infrastructure.Tests.Monitoring;

public sealed class RecordedQueryContractTests
{
    private static async Task<LogsQueryResult> ReplayAsync(string sessionName, TimeSpan? serverTimeout = null)
    {
        var (client, handler, session) = RecordedLogAnalytics.For(sessionName, serverTimeout);
        var (workspace, query, range) = RecordedLogAnalytics.RecordedQuery(session);
        var result = await client.QueryAsync(workspace, query, range, CancellationToken.None);
        handler.AssertAllServed();
        return result;
    }

    [Fact]
    public async Task QueryAsync_CanQuery_ReadsStringRealAndBoolColumns()
    {
        var result = await ReplayAsync("CanQuery");

        var table = result.PrimaryTable;
        Assert.Equal("PrimaryResult", table.Name);
        Assert.Equal([LogsColumnType.String, LogsColumnType.Real, LogsColumnType.Bool, LogsColumnType.Real], table.Columns.Select(c => c.Type));
        Assert.Equal(3, table.Rows.Count);
        Assert.Equal(["b", 3.0, true, 1.20000005], table.Rows[1]);
        Assert.False(result.IsPartial);
    }

    [Fact]
    public async Task QueryAsync_AllSupportedTypes_ParsesEachToItsType()
    {
        var result = await ReplayAsync("CanQueryAllSupportedTypes");

        var row = Assert.Single(result.PrimaryTable.Rows);
        Assert.Equal(new DateTimeOffset(2015, 12, 31, 23, 59, 59, 900, TimeSpan.Zero), row[0]);
        Assert.Equal(false, row[1]);
        Assert.Equal(Guid.Parse("74be27de-1e4e-49d9-b579-fe0b331d3642"), row[2]);
        Assert.Equal(12345, row[3]);
        Assert.Equal(1234567890123L, row[4]);
        Assert.Equal(12345.6789, row[5]);
        Assert.Equal("string value", row[6]);
        Assert.Equal(TimeSpan.FromSeconds(10), row[7]);
        Assert.Equal(0.10101m, row[8]);
        Assert.Null(row[9]);
    }

    [Fact]
    public async Task QueryAsync_PartialSuccess_KeepsTheRowsAndSaysWhyTheDataIsPartial()
    {
        var result = await ReplayAsync("CanQueryPartialSuccess");

        Assert.True(result.IsPartial);
        Assert.Equal(["a"], result.PrimaryTable.Rows.Select(r => r[0]));
        Assert.StartsWith("PartialError: Query result set has exceeded the internal record count limit 1", result.PartialError);
    }

    [Fact]
    public async Task QueryAsync_BadQuery_ThrowsBadQueryWithTheInnerMessage()
    {
        var error = await Assert.ThrowsAsync<LogAnalyticsException>(() => ReplayAsync("ThrowsExceptionWhenQueryFails"));

        Assert.Equal((LogAnalyticsErrorKind.BadQuery, 400, "BadArgumentError", "SyntaxError"), (error.Kind, error.Status, error.Code, error.InnerCode));
        Assert.StartsWith("Log Analytics refused the query (BadArgumentError/SyntaxError): Request is invalid and cannot be processed: Syntax error: SYN0001", error.Message);
    }

    [Fact]
    public async Task QueryAsync_ServerTimeout_SendsPreferWait()
    {
        var result = await ReplayAsync("CanSetServiceTimeout", TimeSpan.FromMinutes(10));

        Assert.Equal(13, result.PrimaryTable.Columns.Count);
        Assert.Equal(new DateTimeOffset(2021, 5, 5, 0, 0, 0, TimeSpan.Zero), result.PrimaryTable.Rows[1][result.PrimaryTable.IndexOf("TimeGenerated")]);
    }

    [Fact]
    public void ReadDynamic_StringHoldingJson_IsParsedAsJson()
    {
        var body = BinaryData.FromString("""
            {"tables":[{"name":"PrimaryResult","columns":[{"name":"props","type":"dynamic"},{"name":"plain","type":"dynamic"},{"name":"real","type":"real"}],
              "rows":[["{\"url\":\"/api/tax\",\"codes\":[500,503]}","not json","NaN"]]}]}
            """);

        var row = Assert.Single(LogsResultReader.Read(body).PrimaryTable.Rows);

        var props = Assert.IsType<JsonElement>(row[0]);
        Assert.Equal("/api/tax", props.GetProperty("url").GetString());
        Assert.Equal(503, props.GetProperty("codes")[1].GetInt32());
        Assert.Equal("not json", Assert.IsType<JsonElement>(row[1]).GetString());
        Assert.True(double.IsNaN((double)row[2]!));
    }

    [Theory]
    [InlineData("""{"value":[]}""", "it has no 'tables' array")]
    [InlineData("""<html>gateway</html>""", "it is not JSON")]
    [InlineData("""{"tables":[{"name":"t","columns":[{"name":"n","type":"long"}],"rows":[["twelve"]]}]}""", "does not read as Long")]
    [InlineData("""{"tables":[{"name":"t","columns":[{"name":"n","type":"long"}],"rows":[[1,2]]}]}""", "more cells than its 1 columns")]
    public void Read_MalformedAnswer_IsAnInvalidResponseSayingWhy(string body, string expected)
    {
        var error = Assert.Throws<LogAnalyticsException>(() => LogsResultReader.Read(BinaryData.FromString(body)));

        Assert.Equal(LogAnalyticsErrorKind.InvalidResponse, error.Kind);
        Assert.Contains(expected, error.Message);
    }
}
