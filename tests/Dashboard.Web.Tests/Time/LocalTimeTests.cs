using Dashboard.Web.Components.Time;
using Microsoft.Extensions.DependencyInjection;

namespace Dashboard.Web.Tests.Time;

/// <summary>Times are shown in the reader's zone with an explicit offset, and move when the browser's zone becomes known.</summary>
public sealed class LocalTimeTests : DashboardTestContext
{
    private static readonly DateTimeOffset Write = new(2026, 11, 27, 9, 30, 5, TimeSpan.Zero);

    [Fact]
    public void LocalTime_BeforeTheBrowserSaid_ShowsUtcWithItsOffsetAndTheIsoInstant()
    {
        var shown = Render<LocalTime>(p => p.Add(c => c.Value, Write));

        var time = shown.Find("time");
        Assert.Equal("2026-11-27 09:30 +00:00", time.TextContent);
        Assert.Equal("2026-11-27T09:30:05.0000000+00:00", time.GetAttribute("datetime"));
    }

    [Fact]
    public void LocalTime_BrowserInBerlin_RendersAgainInBerlinTimeWithSeconds()
    {
        var shown = Render<LocalTime>(p => p.Add(c => c.Value, Write).Add(c => c.Seconds, true));

        Services.GetRequiredService<UserTimeZone>().Use("Europe/Berlin");

        shown.WaitForAssertion(() => Assert.Equal("2026-11-27 10:30:05 +01:00", shown.Find("time").TextContent));
        Assert.Equal("2026-11-27 09:30:05 UTC", shown.Find("time").GetAttribute("title"));
    }

    [Theory]
    [InlineData("America/New_York", "2026-11-27 04:30 -05:00")]
    [InlineData("Asia/Kolkata", "2026-11-27 15:00 +05:30")]
    [InlineData("Not/AZone", "2026-11-27 09:30 +00:00")]
    [InlineData("", "2026-11-27 09:30 +00:00")]
    public void Format_EachZone_IsThatZonesWallClockAndOffset(string zone, string expected)
    {
        var timeZone = new UserTimeZone();

        timeZone.Use(zone);

        Assert.Equal(expected, timeZone.Format(Write));
    }
}
