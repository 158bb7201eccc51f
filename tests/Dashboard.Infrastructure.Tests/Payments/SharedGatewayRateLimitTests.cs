using Dashboard.Infrastructure.Payments;
using Dashboard.Infrastructure.Tests.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Dashboard.Infrastructure.Tests.Payments;

/// <summary>The gateway's client limit as the host wires it: shared through the dashboard's database.</summary>
public sealed class SharedGatewayRateLimitTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 30, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task AddSharedGatewayRateLimit_GatewayCall_ReservesSlotsOfTheConfiguredRateInTheDatabase()
    {
        using var database = await SqliteTestDatabase.MigratedAsync();
        await using var services = Services(database, new FakeTimeProvider(Start), ("PaymentGateway:RequestsPerSecond", "20"), ("PaymentGateway:RateLimitBatch", "4"));

        await services.GetRequiredService<GatewayRateLimiter>().WaitAsync(CancellationToken.None);

        await using var db = await database.Factory.CreateDbContextAsync();
        var schedule = await db.RateSchedules.SingleAsync();
        Assert.Equal((SharedGatewayRateLimit.ScheduleName, Start + TimeSpan.FromMilliseconds(50) * 4), (schedule.Name, schedule.NextSlotAt));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("101")]
    public async Task Validate_RateLimitBatchOutOfRange_NamesTheSettingAndTheRange(string batch)
    {
        using var database = new SqliteTestDatabase();
        await using var services = Services(database, TimeProvider.System, ("PaymentGateway:RateLimitBatch", batch));

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<PaymentGatewayOptions>>().Value);

        Assert.Contains($"PaymentGateway:RateLimitBatch is {batch}; give 1 to 100", error.Message, StringComparison.Ordinal);
    }

    private static ServiceProvider Services(SqliteTestDatabase database, TimeProvider time, params (string Key, string Value)[] settings)
    {
        var values = new Dictionary<string, string?>
        {
            ["PaymentGateway:EmbeddedSandbox"] = "false",
            ["PaymentGateway:ApiBase"] = "http://127.0.0.1:9/",
            ["PaymentGateway:ApiKey"] = "sk_test_wiring",
        };
        foreach (var (key, value) in settings) values[key] = value;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        return new ServiceCollection()
            .AddLogging()
            .AddSingleton(database.Factory)
            .AddSingleton(time)
            .AddPaymentGateway(configuration)
            .AddSharedGatewayRateLimit()
            .BuildServiceProvider(validateScopes: true);
    }
}
