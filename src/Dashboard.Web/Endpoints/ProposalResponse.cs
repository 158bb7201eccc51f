using System.Text.Json;
using Dashboard.Domain.Proposals;

namespace Dashboard.Web.Endpoints;

/// <summary>
/// A proposal as the API shows it: enums as names (the state also in words, as the pages show it), the blast radius as the JSON it
/// was computed as, events when asked for, and the gate it was submitted under with the approvals given so far and the owning teams
/// required, satisfied and missing.
/// </summary>
public sealed record ProposalResponse(
    Guid Id,
    string State,
    string StateName,
    string Store,
    string Key,
    string? StagingLabel,
    string? ProductionLabel,
    string? ProposedValue,
    string? ProposedContentType,
    bool ProposedDelete,
    ObservedSetting StagingBase,
    ObservedSetting ProductionBase,
    string AuthorId,
    string AuthorName,
    string Reason,
    string? ClosingReason,
    DateTimeOffset CreatedAt,
    string RiskLevel,
    JsonElement? BlastRadius,
    ObservedSetting? StagingConflict,
    ObservedSetting? LastKnownGood,
    string? ApprovedBy,
    IReadOnlyList<string> AvailableActions,
    IReadOnlyList<ProposalEventResponse>? Events,
    WriteInProgressResponse? WriteInProgress,
    VerificationOverride? VerificationOverride,
    GateRuleJson Gate,
    IReadOnlyList<ProposalApproval> Approvals,
    TeamApprovalsResponse Teams)
{
    /// <summary>The proposal as any caller may see it: a secret's values and every mention of them in the history are masked.</summary>
    public static ProposalResponse From(Proposal p, bool withEvents)
    {
        var secrets = ProposalSecrets.Of(p);
        return new(
            p.Id, p.State.ToString(), p.State.HumanName(), p.Target.Store, p.Target.Key, p.Target.StagingLabel, p.Target.ProductionLabel,
            secrets.Value(p.ProposedValue.Value), p.ProposedValue.ContentType, p.ProposedValue.IsDelete, secrets.Setting(p.StagingBase), secrets.Setting(p.ProductionBase),
            p.AuthorId, p.AuthorName, p.Reason, p.ClosingReason, p.CreatedAt, p.BlastRadius.RiskLevel, ParseOrNull(p.BlastRadius.SerializedText),
            p.StagingConflict is { } conflict ? secrets.Setting(conflict.Current) : null, p.LastKnownGood is { } good ? secrets.Setting(good) : null,
            p.Approval?.ApproverName,
            [.. p.AvailableActions().Select(a => a.ToString())],
            withEvents ? [.. p.Events.Select(e => ProposalEventResponse.Of(e, secrets))] : null,
            WriteInProgressResponse.Of(p.Claim),
            p.VerificationOverride,
            new GateRuleJson(p.Gate.RequiresStagingEvidence, p.Gate.RequiresMitigation, p.Gate.ApprovalsRequired, p.Gate.RequiresOwnerTeams),
            p.Approvals,
            TeamApprovalsResponse.From(p.TeamApprovals));
    }

    // "not computed" is recorded when no analysis ran; anything that is not JSON is shown as absent rather than failing the read.
    private static JsonElement? ParseOrNull(string text)
    {
        try
        {
            using var document = JsonDocument.Parse(text);
            return document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
