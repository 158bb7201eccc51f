namespace Dashboard.Domain.Proposals;

/// <summary>
/// One line of the action table: the roles that may take a step, who among them, and the words used for it.
/// <see cref="CallerRoles"/> are the roles an API call for the step is accepted from: the domain then answers with its reason
/// (an engineer approving their own change hears why, instead of a bare 403).
/// </summary>
public sealed record ProposalActionRule(
    ProposalAction Action,
    string Label,
    string Verb,
    string Gerund,
    IReadOnlyList<string> Roles,
    PersonRule Person,
    IReadOnlyList<string> CallerRoles,
    bool Destructive = false,
    string RoleHint = "")
{
    /// <summary>Why <paramref name="actor"/> may not take this step on <paramref name="proposal"/>, or null when they may.</summary>
    public string? RefusalFor(ProposalActor actor, Proposal proposal) =>
        RoleRefusalFor(actor) ?? Person switch
        {
            PersonRule.Author when !actor.IsSamePersonAs(proposal.AuthorId) =>
                $"Only the author, {proposal.AuthorName}, can {Verb} this proposal: ask them, or propose your own change.",
            PersonRule.NotAuthor when actor.IsSamePersonAs(proposal.AuthorId) =>
                $"{actor.DisplayName} wrote this proposal and cannot {Verb} it, whatever their roles: ask an {RoleList} other than you to {Verb} it.",
            PersonRule.AuthorOrAdmin when !actor.IsSamePersonAs(proposal.AuthorId) && !actor.HasRole(Access.Roles.Admin) =>
                $"Only the author ({proposal.AuthorName}) or an {Access.Roles.Admin} can {Verb} this proposal.",
            PersonRule.NamedSecondPerson when proposal.PendingOverride is { } pending && actor.IsSamePersonAs(pending.OverriddenById) =>
                $"{actor.DisplayName} asked for this override and cannot {Verb}: {pending.SecondPersonName} ({pending.SecondPersonId}) must sign in and confirm it themselves.",
            PersonRule.NamedSecondPerson when proposal.PendingOverride is { } pending && !actor.IsSamePersonAs(pending.SecondPersonId) =>
                $"This override waits for {pending.SecondPersonName} ({pending.SecondPersonId}), named by {pending.OverriddenByName}: only they can {Verb}; ask them to sign in and confirm it.",
            PersonRule.OverrideParty when proposal.PendingOverride is { } pending
                && !actor.IsSamePersonAs(pending.OverriddenById) && !actor.IsSamePersonAs(pending.SecondPersonId) =>
                $"Only {pending.OverriddenByName}, who asked for the override, or {pending.SecondPersonName}, named to confirm it, can {Verb}.",
            _ => null,
        };

    /// <summary>Why <paramref name="actor"/>'s roles do not allow this step, or null when they do; the person rule is not checked.</summary>
    public string? RoleRefusalFor(ProposalActor actor) =>
        actor.HasAnyRole([.. Roles]) ? null : $"{actor.DisplayName} cannot {Verb}: {Gerund} needs the {RoleList} role.{RoleHint}";

    private string RoleList => Roles.Count == 1 ? Roles[0] : $"{string.Join(", ", Roles.Take(Roles.Count - 1))} or {Roles[^1]}";
}
