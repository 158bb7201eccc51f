namespace Dashboard.SampleFleet.Tests;

/// <summary>Polls a condition of the running fleet until it holds, or fails saying what was awaited.</summary>
internal static class Eventually
{
    public static async Task<TimeSpan> HoldsAsync(Func<Task<bool>> condition, TimeSpan within, string what)
    {
        var started = DateTimeOffset.UtcNow;
        while (DateTimeOffset.UtcNow - started < within)
        {
            if (await condition())
                return DateTimeOffset.UtcNow - started;
            await Task.Delay(100);
        }
        throw new Xunit.Sdk.XunitException($"Waited {within.TotalSeconds:0.#} s for {what}.");
    }
}
