using System.Globalization;
using Dashboard.Domain.Access;
using Dashboard.Web.Components.Pages;
using Microsoft.EntityFrameworkCore;

namespace Dashboard.Web.Tests.Proposals;

public class AuditLogPageTests : ProposalPageTestBase
{
    [Fact]
    public async Task Verify_IntactChain_SaysSo_AndListsNewestFirst()
    {
        await World.StagingVerifiedAsync(ProposalTestWorld.Engineer);
        SignIn("admin", Roles.Admin);

        var page = RenderWithProviders<AuditLog>();
        page.FindAll("button").Single(b => b.TextContent.Contains("Verify the chain")).Click();

        page.WaitForAssertion(() => Assert.Contains("intact", page.Find("[data-testid=audit-verification]").TextContent, StringComparison.OrdinalIgnoreCase));
        var sequences = page.FindAll("[data-testid=audit-entry]").Select(r => long.Parse(r.Children[0].TextContent, CultureInfo.InvariantCulture)).ToList();
        Assert.True(sequences.Count >= 3);
        Assert.Equal(sequences.OrderDescending(), sequences);
    }

    [Fact]
    public async Task Verify_TamperedEntry_NamesIt()
    {
        await World.StagingVerifiedAsync(ProposalTestWorld.Engineer);
        await using (var db = World.CreateDbContext())
            await db.Database.ExecuteSqlRawAsync("UPDATE AuditEntries SET Actor = 'someone-else' WHERE Sequence = 2");
        SignIn("admin", Roles.Admin);

        var page = RenderWithProviders<AuditLog>();
        page.FindAll("button").Single(b => b.TextContent.Contains("Verify the chain")).Click();

        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=audit-verification]")));
        var alert = page.Find("[data-testid=audit-verification]");
        Assert.DoesNotContain("intact", alert.TextContent, StringComparison.OrdinalIgnoreCase);
        Assert.Matches(@"\b2\b", alert.TextContent);
        Assert.Contains("mud-alert-text-error", alert.ClassName);
    }
}
