using Dashboard.Domain.ConfigStores;

namespace Dashboard.Domain.Tests.ConfigStores;

public sealed class ConfigStoreErrorsTests
{
    [Fact]
    public void Locked_KeyWithLabel_NamesKeyAndLabelAndSaysToUnlock()
    {
        var error = ConfigStoreErrors.Locked("x", "prod");

        Assert.StartsWith("Key 'x' (label 'prod') is locked: unlock it first", error.Message);
        Assert.Equal((ConfigStoreErrorKind.Locked, 409, "x", "prod"), (error.Kind, error.StatusCode, error.Key, error.Label));
    }

    [Fact]
    public void ETagMismatch_NullLabel_SaysNoLabel()
    {
        var error = ConfigStoreErrors.ETagMismatch("x", null);

        Assert.StartsWith("ETag mismatch: key 'x' (no label) changed since you read it", error.Message);
    }

    [Fact]
    public void Throttled_WithServerWait_SaysHowLongToWait()
    {
        var error = ConfigStoreErrors.Throttled("store.azconfig.io", TimeSpan.FromMilliseconds(2500));

        Assert.Contains("try again in 3 s", error.Message);
        Assert.Equal(TimeSpan.FromMilliseconds(2500), error.RetryAfter);
    }
}
