using System.Globalization;
using Dashboard.Domain.Reconciliation;
using Dashboard.Infrastructure.DemoWorld;
using Dashboard.Infrastructure.Tests.Payments;

namespace Dashboard.Infrastructure.Tests.Ledger;

public class DemoLedgerTests(DemoLedgerFixture fixture) : IClassFixture<DemoLedgerFixture>
{
    [Fact]
    public void Generate_HasTheStorys847StuckInTheMixAndTheRequestedSize()
    {
        var world = DemoLedgerGenerator.Generate(DemoLedgerFixture.Anchor);

        Assert.Equal(100_000, world.Transactions.Count);
        Assert.Equal(DemoLedgerGenerator.StuckTotal, world.Stuck.Count());
        Assert.All(DemoLedgerGenerator.StuckCounts, kind => Assert.Equal(kind.Value, world.Stuck.Count(t => t.Stuck == kind.Key)));
        Assert.All(world.Stuck, t => Assert.InRange(t.AttemptedAt, world.OutageStart, world.OutageEnd));
        Assert.Equal(world.Transactions.Count, world.Intents.Count);
    }

    [Theory]
    [InlineData(-30)]
    [InlineData(0)]
    [InlineData(90)]
    public void StoryIncident_SeededAtTheSameStartAsTheLedger_ItsWindowHoldsEveryStuckTransaction(int dashboardSeededSecondsLater)
    {
        var window = DemoIncident.Build(DemoIncident.ChangedAtFor(DemoLedgerFixture.Anchor.AddSeconds(dashboardSeededSecondsLater))).Window;

        Assert.NotNull(window.Until);
        Assert.All(fixture.World.Stuck, t => Assert.InRange(t.AttemptedAt, window.From, window.Until.Value));
    }

    [Fact]
    public void Generate_SameAnchor_SameWorld()
    {
        var first = DemoLedgerGenerator.Generate(DemoLedgerFixture.Anchor, 3_000);
        var second = DemoLedgerGenerator.Generate(DemoLedgerFixture.Anchor, 3_000);

        Assert.Equal(first.Transactions, second.Transactions);
        Assert.Equal(first.Intents.Select(i => (i.Id, i.Status, i.Amount)), second.Intents.Select(i => (i.Id, i.Status, i.Amount)));
        Assert.Equal(DemoLedgerFixture.Anchor, DemoLedgerGenerator.AnchorFromFirstAttempt(first.Transactions.Min(t => t.AttemptedAt)));
    }

    [Fact]
    public async Task StuckTransactions_ClassifiedAgainstTheSandbox_LandOnTheRowTheirKindExpects()
    {
        await using var test = await GatewayUnderTest.StartAsync();
        await DemoLedgerSeeder.SeedSandboxAsync(test.Sandbox.Store, fixture.World, CancellationToken.None);
        var ledger = fixture.Ledger();
        var table = DecisionTable.Standard();
        // Classified as of a moment just after the outage, as an operator would the next morning.
        var now = fixture.World.OutageEnd.AddHours(12);
        var mismatches = new List<string>();

        // One of each kind, plus the first few, keeps the test quick while every kind is checked against the real sandbox.
        var sample = fixture.World.Stuck.GroupBy(t => t.Stuck).SelectMany(g => g.Take(3));
        foreach (var stuck in sample)
        {
            var transaction = (await ledger.GetAsync(stuck.AttemptId.ToString(CultureInfo.InvariantCulture)))!;
            var gateway = await SnapshotAsync(test.Gateway, transaction);
            var classification = table.Classify(gateway, transaction.ToSnapshot(), now);
            if (classification.RowId != DemoLedgerGenerator.ExpectedRow(stuck.Stuck!.Value))
                mismatches.Add($"{stuck.Stuck} {transaction.TransactionId}: {classification.RowId} ({gateway})");
        }

        Assert.True(mismatches.Count == 0, string.Join(Environment.NewLine, mismatches));
    }

    [Fact]
    public async Task HealthyTransaction_ClassifiedAgainstTheSandbox_NeedsNothing()
    {
        await using var test = await GatewayUnderTest.StartAsync();
        await DemoLedgerSeeder.SeedSandboxAsync(test.Sandbox.Store, fixture.World, CancellationToken.None);
        var healthy = fixture.World.Transactions.First(t => t.Stuck is null && t.State == LedgerState.Captured);
        var transaction = (await fixture.Ledger().GetAsync(healthy.AttemptId.ToString(CultureInfo.InvariantCulture)))!;

        var classification = DecisionTable.Standard().Classify(await SnapshotAsync(test.Gateway, transaction), transaction.ToSnapshot(), DemoLedgerFixture.Anchor);

        Assert.Equal("captured-recorded", classification.RowId);
        Assert.Empty(classification.Actions);
    }

    private static async Task<GatewaySnapshot> SnapshotAsync(IPaymentGateway gateway, LedgerTransaction transaction)
    {
        if (transaction.GatewayReference is null) return GatewaySnapshot.NotFound;
        var payment = await gateway.GetPaymentAsync(transaction.GatewayReference);
        if (payment is null) return GatewaySnapshot.NotFound;
        var siblings = new List<GatewayPayment>();
        foreach (var reference in transaction.SiblingGatewayReferences)
            if (await gateway.GetPaymentAsync(reference) is { } sibling) siblings.Add(sibling);
        return GatewaySnapshot.From(payment, siblings);
    }
}
