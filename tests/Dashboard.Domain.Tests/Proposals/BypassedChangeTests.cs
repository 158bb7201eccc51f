using Dashboard.Domain.BlastRadius;
using Dashboard.Domain.ConfigMap;
using Dashboard.Domain.ConfigStores;
using Dashboard.Domain.Proposals;

namespace Dashboard.Domain.Tests.Proposals;

public sealed class BypassedChangeTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 12, 23, 10, 0, TimeSpan.FromHours(1));

    private static BypassedChange PortalEdit(string key = "tax.rate.default", string? label = "production", ObservedSetting? before = null, ObservedSetting? after = null) =>
        new("shared", key, label, At, "j.doe", "new-etag", isDelete: false,
            before ?? new ObservedSetting("0.08", null, "old-etag"), after ?? new ObservedSetting("0.0825", null, "new-etag"));

    [Fact]
    public void Constructor_PlainValues_KeepsOldAndNewAsTheyWere()
    {
        var change = PortalEdit();

        Assert.Equal((true, false, "0.08", "old-etag", "0.0825"), (change.ValuesKnown, change.ValuesMasked, change.OldValue, change.OldETag, change.NewValue));
        Assert.True(change.OldExisted);
    }

    [Fact]
    public void Constructor_KeyVaultReferenceReplacingAPlainValue_MasksBothSides()
    {
        var change = PortalEdit("db.connection", after: new ObservedSetting("{\"uri\":\"https://vault/secrets/db\"}", ConfigContentTypes.KeyVaultReference, "new-etag"));

        Assert.True(change.ValuesMasked);
        Assert.Equal((SecretDetector.Mask, SecretDetector.Mask), (change.OldValue, change.NewValue));
        Assert.Equal(ConfigContentTypes.KeyVaultReference, change.NewContentType);
    }

    [Fact]
    public void Constructor_SecretLookingKey_StoresTheMaskNotTheValue()
    {
        var change = PortalEdit("payments.api-key", before: new ObservedSetting("sk_live_old", null, "old-etag"), after: new ObservedSetting("sk_live_new", null, "new-etag"));

        Assert.DoesNotContain("sk_live", change.OldValue + change.NewValue + change.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_ValuesNotRead_IsMarkedUnknown()
    {
        var change = new BypassedChange("shared", "k", "production", At, null, "e", isDelete: false, before: null, after: new ObservedSetting("1", null, "e"));

        Assert.False(change.ValuesKnown);
        Assert.Null(change.OldValue);
        Assert.Contains("not known", change.RevertProblem("production"), StringComparison.Ordinal);
    }

    [Fact]
    public void RevertProblem_ProductionChangeWithKnownValues_IsNone()
    {
        Assert.Null(PortalEdit().RevertProblem("production"));
    }

    [Fact]
    public void RevertProblem_ChangeToTheStagingLabel_SaysToAdoptInstead()
    {
        var problem = PortalEdit(label: "staging").RevertProblem("production");

        Assert.Contains("Only a change to the production label", problem, StringComparison.Ordinal);
        Assert.Contains("Adopt it instead", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void RevertProblem_Secret_SaysTheOldValueIsNotKept()
    {
        var change = PortalEdit("db.password");

        Assert.Contains("is a secret", change.RevertProblem("production"), StringComparison.Ordinal);
    }

    [Fact]
    public void RevertReason_NamesWhoAndWhenWithTheOffset()
    {
        Assert.Equal("Revert out-of-band change by j.doe at 2026-11-12 23:10:00 +01:00", PortalEdit().RevertReason);
    }

    [Fact]
    public void MarkAdopted_ThenMarkReverted_IsRefusedNamingWhoAdoptedItAndWhen()
    {
        var change = PortalEdit();
        change.MarkAdopted(People.Engineer, At.AddMinutes(5));

        var error = Assert.Throws<DomainException>(() => change.MarkReverted(People.Author, Guid.NewGuid(), At.AddMinutes(6)));

        Assert.Contains("already adopted by Bob at 2026-11-12 23:15:00 +01:00", error.Message, StringComparison.Ordinal);
        Assert.Equal((BypassHandling.Adopted, "Bob"), (change.Handling, change.HandledBy));
    }

    [Fact]
    public void MarkReverted_Twice_IsRefusedNamingTheRevertProposal()
    {
        var change = PortalEdit();
        var proposal = Guid.NewGuid();
        change.MarkReverted(People.Engineer, proposal, At);

        var error = Assert.Throws<DomainException>(() => change.MarkReverted(People.Engineer, Guid.NewGuid(), At));

        Assert.Contains($"Its revert is proposal {proposal}", error.Message, StringComparison.Ordinal);
        Assert.Equal(proposal, change.RevertProposalId);
        Assert.Equal(1, change.Version);
    }

    [Fact]
    public void MarkAdopted_ByAViewer_IsRefusedAndLeavesItUnhandled()
    {
        var change = PortalEdit();

        var error = Assert.Throws<DomainException>(() => change.MarkAdopted(People.Viewer, At));

        Assert.Contains("ask an Engineer", error.Message, StringComparison.Ordinal);
        Assert.False(change.IsHandled);
    }

    [Fact]
    public void RecordRadius_ListsEachServiceOnceInOrder()
    {
        var change = PortalEdit();

        change.RecordRadius(RiskLevel.Critical, ["invoice-renderer", "billing-api", "invoice-renderer"]);

        Assert.Equal(["billing-api", "invoice-renderer"], change.AffectedServices);
        Assert.Null(change.RadiusNote);
    }
}
