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
        var error = ConfigStoreErrors.Throttled(ConfigStoreRequest.Read("orders-config"), TimeSpan.FromMilliseconds(2500));

        Assert.Contains("try again in 3 s", error.Message);
        Assert.Equal(TimeSpan.FromMilliseconds(2500), error.RetryAfter);
    }

    [Fact]
    public void Unauthorized_ReadAndWrite_AreWordedDifferentlyAndNameTheStore()
    {
        var read = ConfigStoreErrors.Unauthorized(ConfigStoreRequest.Read("orders-config", "k", null), null);
        var write = ConfigStoreErrors.Unauthorized(ConfigStoreRequest.Write("orders-config", "k", null), null);

        Assert.StartsWith("Store 'orders-config' could not be read (key 'k' (no label)): 401", read.Message);
        Assert.StartsWith("Store 'orders-config' refused the write of key 'k' (no label): 401", write.Message);
        Assert.Equal(("orders-config", ConfigStoreOperation.Write), (write.Store, write.Operation));
    }

    [Fact]
    public void Forbidden_WithCredential_SaysWhichCredentialWasUsed()
    {
        var error = ConfigStoreErrors.Forbidden(ConfigStoreRequest.Read("orders-config") with { Credential = "Microsoft Entra ID (DefaultAzureCredential)" }, "denied");

        Assert.Contains("(authenticated with Microsoft Entra ID (DefaultAzureCredential))", error.Message);
        Assert.EndsWith("The store said: denied", error.Message);
    }

    [Theory]
    [InlineData(ConfigStoreErrorKind.Unreachable, true)]
    [InlineData(ConfigStoreErrorKind.Throttled, true)]
    [InlineData(ConfigStoreErrorKind.Unauthorized, true)]
    [InlineData(ConfigStoreErrorKind.StoreNotFound, true)]
    [InlineData(ConfigStoreErrorKind.NotConfigured, true)]
    [InlineData(ConfigStoreErrorKind.ETagMismatch, false)]
    [InlineData(ConfigStoreErrorKind.Locked, false)]
    [InlineData(ConfigStoreErrorKind.InvalidRequest, false)]
    public void IsStoreUnavailable_ByKind_TellsStoreFailuresFromRefusalsOfOneSetting(ConfigStoreErrorKind kind, bool unavailable)
    {
        Assert.Equal(unavailable, new ConfigStoreException(kind, "x").IsStoreUnavailable);
    }
}
