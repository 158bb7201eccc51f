using System.Collections.Frozen;
using Dashboard.Domain.Access;

namespace Dashboard.Domain.Proposals;

/// <summary>
/// Who may take which step of the change pipeline: the one table the proposal, the API's role policies and the pages read.
/// Which steps the proposal's state allows is <see cref="ProposalTransitions"/>; this says who may take them.
/// </summary>
public static class ProposalActionTable
{
    private static readonly string[] Configurers = [Roles.Engineer, Roles.Admin];
    private static readonly string[] Operators = [Roles.Engineer, Roles.OnCall, Roles.Admin];
    private static readonly string[] Approvers = [Roles.Approver];
    // Who can be the second person on a verification override (and so confirm or decline it).
    private static readonly string[] SecondPeople = [Roles.Engineer, Roles.Approver, Roles.Admin];
    // Approve and reject calls are accepted from everyone taking part in config changes, so a refusal carries its reason.
    private static readonly string[] ApprovalCallers = [Roles.Approver, Roles.Engineer, Roles.Admin];

    private static readonly FrozenDictionary<ProposalAction, ProposalActionRule> _rules = new ProposalActionRule[]
    {
        new(ProposalAction.Propose, "Propose", "propose config changes", "proposing", Configurers, PersonRule.Anyone, Configurers),
        new(ProposalAction.Edit, "Edit value", "edit", "editing", Configurers, PersonRule.Author, Configurers),
        new(ProposalAction.ApplyToStaging, "Apply to staging", "apply it to staging", "applying to staging", Configurers, PersonRule.Anyone, Configurers),
        new(ProposalAction.RecordStagingConflict, "Record staging conflict", "record a staging conflict", "recording a conflict", Configurers,
            PersonRule.Anyone, Configurers),
        new(ProposalAction.Rebase, "Rebase onto staging", "rebase", "rebasing", Configurers, PersonRule.Author, Configurers),
        new(ProposalAction.VerifyStaging, "Verify staging", "verify staging", "verifying staging", Configurers, PersonRule.Anyone, Configurers),
        new(ProposalAction.FailStagingVerification, "Fail verification", "record a staging verification", "recording a verification", Configurers,
            PersonRule.Anyone, Configurers, Destructive: true),
        new(ProposalAction.OverrideFailedVerification, "Override failed verification", "override a failed staging verification", "overriding",
            Configurers, PersonRule.Anyone, Configurers),
        new(ProposalAction.ConfirmVerificationOverride, "Confirm override", "confirm this override", "confirming an override",
            SecondPeople, PersonRule.NamedSecondPerson, SecondPeople),
        new(ProposalAction.DeclineVerificationOverride, "Decline override", "withdraw or decline this override", "declining an override",
            SecondPeople, PersonRule.OverrideParty, SecondPeople, Destructive: true),
        new(ProposalAction.Approve, "Approve", "approve", "approving", Approvers, PersonRule.NotAuthor, ApprovalCallers,
            RoleHint: " Ask an Approver other than the author."),
        new(ProposalAction.Reject, "Reject", "reject", "rejecting", Approvers, PersonRule.Anyone, ApprovalCallers, Destructive: true,
            RoleHint: " The author can abandon the proposal instead."),
        new(ProposalAction.ApplyToProduction, "Apply to production", "apply it to production", "applying to production", Configurers,
            PersonRule.Anyone, Configurers),
        new(ProposalAction.MarkVerified, "Mark verified", "mark production verified", "marking it verified", Operators, PersonRule.Anyone, Operators),
        new(ProposalAction.RollBack, "Roll back", "roll it back", "rolling back", Operators, PersonRule.Anyone, Operators, Destructive: true),
        new(ProposalAction.Abandon, "Abandon", "abandon", "abandoning", Configurers, PersonRule.AuthorOrAdmin, Configurers, Destructive: true),
        // Taken inside apply and rollback, under the permission of that step; never a button or an endpoint of its own.
        new(ProposalAction.ClaimWrite, "Claim the write", "claim a store write for", "claiming a store write", Operators, PersonRule.Anyone, Operators),
        // Anyone who opens the proposal may settle an interrupted write: it only records what the store already holds.
        new(ProposalAction.ResolveClaim, "Resolve interrupted write", "resolve an interrupted write of", "resolving an interrupted write", Roles.All,
            PersonRule.Anyone, Roles.All),
    }.ToFrozenDictionary(rule => rule.Action);

    public static ProposalActionRule For(ProposalAction action) => _rules[action];

    public static IEnumerable<ProposalActionRule> All => _rules.Values.OrderBy(rule => rule.Action);
}
