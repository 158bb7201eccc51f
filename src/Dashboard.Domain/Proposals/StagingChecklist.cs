namespace Dashboard.Domain.Proposals;

/// <summary>The manual checks an engineer signs to say staging stayed healthy with the change applied.</summary>
public sealed record StagingChecklist
{
    public StagingChecklist(IEnumerable<StagingChecklistItem> items)
    {
        Items = [.. items];
        if (Items.Count == 0)
            throw new DomainException("The staging checklist is empty: list at least one check you made, e.g. 'error rate of the affected services unchanged'.");
        var blank = Items.FirstOrDefault(i => string.IsNullOrWhiteSpace(i.Description));
        if (blank is not null)
            throw new DomainException("A staging checklist item has no description: say what was checked, or remove the item.");
        if (ProposalText.ItemsProblem([.. Items.Select(i => i.Description)], "staging checklist") is { } problem)
            throw new DomainException(problem);
    }

    public IReadOnlyList<StagingChecklistItem> Items { get; }

    public IReadOnlyList<StagingChecklistItem> Unconfirmed => [.. Items.Where(i => !i.Confirmed)];
}
