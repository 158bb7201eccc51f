using Dashboard.Infrastructure.AppConfiguration;

namespace Dashboard.Infrastructure.Tests.AppConfiguration;

public sealed class SyncTokenStoreTests
{
    [Fact]
    public void HeaderValue_NoTokenSeen_IsNull()
    {
        var tokens = new SyncTokenStore();

        Assert.Null(tokens.HeaderValue());
    }

    [Fact]
    public void Update_OlderSequenceNumberForSameId_KeepsTheHighest()
    {
        var tokens = new SyncTokenStore();

        tokens.Update("zAJw6V16=MDozIzY4NzEyNjI=;sn=6871262");
        tokens.Update("zAJw6V16=MDozIzY4NzEyNjE=;sn=6871261");

        Assert.Equal("zAJw6V16=MDozIzY4NzEyNjI=", tokens.HeaderValue());
    }

    [Fact]
    public void Update_NewerSequenceNumber_ReplacesTheToken()
    {
        var tokens = new SyncTokenStore();

        tokens.Update("a=b2xk;sn=1");
        tokens.Update("a=bmV3;sn=2");

        Assert.Equal("a=bmV3", tokens.HeaderValue());
    }

    [Fact]
    public void Update_SeveralIdsInOneHeader_KeepsOnePerIdAndSendsAll()
    {
        var tokens = new SyncTokenStore();

        tokens.Update("b=YmJi;sn=5, a=YWFh;sn=9");
        tokens.Update("b=b2xk;sn=4");

        Assert.Equal("a=YWFh,b=YmJi", tokens.HeaderValue());
    }

    [Fact]
    public void Update_MalformedTokens_AreIgnored()
    {
        var tokens = new SyncTokenStore();

        tokens.Update("garbage;sn=3,=nokey;sn=1,a=;sn=2");

        Assert.Null(tokens.HeaderValue());
    }
}
