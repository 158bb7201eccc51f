using Dashboard.TestHost;

namespace Dashboard.Integration.Tests;

/// <summary>
/// The dashboard killed with SIGKILL in the middle of executing a run (a child process, the Stripe sandbox on 127.0.0.1 in this
/// one), started again on the same databases: the run resumes and completes, and the sandbox's own records show every
/// PaymentIntent captured exactly once. The dead instance's lease on the run has to lapse first, so the lease is short here.
/// </summary>
public sealed class ReconciliationCrashTests
{
    private const int Actions = 40;

    [Fact]
    public async Task Execute_DashboardKilledMidRunAndRestarted_CompletesCapturingEachIntentExactlyOnce()
    {
        var result = await CrashRun.RunAsync(new CrashRunSettings(Actions, SandboxPerSecond: 25, ClientPerSecond: 20, KillAtCaptures: Actions / 3)
        {
            Timeout = TimeSpan.FromMinutes(8),
            ExecutionLeaseSeconds = 5,
        });

        Assert.InRange(result.CapturesAtKill, Actions / 3, Actions - 1);
        Assert.Equal(("Completed", 0), (result.FinalState, result.Remaining));
        // A capture sent again without its key would be refused by the gateway and fail the transaction: every one is Done.
        Assert.Equal(new Dictionary<string, int> { ["Done"] = Actions }, result.Outcomes);
        Assert.Equal(Actions, result.Captured);
        Assert.All(result.CapturesPerIntent, capture => Assert.True(capture.Value == 1, $"{capture.Key} was captured {capture.Value} times."));
        Assert.Equal((0, 0), (result.Refunds, result.Cancels));
    }
}
