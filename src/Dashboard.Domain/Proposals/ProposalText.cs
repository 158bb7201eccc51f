namespace Dashboard.Domain.Proposals;

/// <summary>
/// Bounds on what people write into a proposal (reasons, checklist items, failure reasons), so that a request cannot store
/// megabytes of text or thousands of items, and no text can hide a control or bidirectional override character.
/// </summary>
public static class ProposalText
{
    public const int MaxReasonLength = 2000;
    /// <summary>Checklist items and the reasons of a failed verification: short lines, a bounded list.</summary>
    public const int MaxItems = 50;
    public const int MaxItemLength = 500;

    /// <summary>What is wrong with a reason (multi-line text), or null when it is acceptable.</summary>
    public static string? ReasonProblem(string? text, string what, string hint)
    {
        var trimmed = (text ?? "").Trim();
        if (trimmed.Length == 0)
            return $"The {what} is empty: {hint}.";
        if (trimmed.Length > MaxReasonLength)
            return $"The {what} has {trimmed.Length:N0} characters; shorten it to at most {MaxReasonLength:N0}.";
        if (UnsafeCharacters.Describe(trimmed, allowLineBreaks: true) is { } unsafeCharacter)
            return $"The {what} contains {unsafeCharacter}; retype it as plain text.";
        return null;
    }

    /// <summary>What is wrong with a list of one-line items, or null: at most <see cref="MaxItems"/>, each a line of plain text.</summary>
    public static string? ItemsProblem(IReadOnlyList<string> items, string what)
    {
        if (items.Count > MaxItems)
            return $"The {what} has {items.Count:N0} items; at most {MaxItems} are allowed. Keep the ones that matter.";
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i].Length > MaxItemLength)
                return $"Item {i + 1} of the {what} has {items[i].Length:N0} characters; shorten it to at most {MaxItemLength}.";
            if (UnsafeCharacters.Describe(items[i]) is { } unsafeCharacter)
                return $"Item {i + 1} of the {what} contains {unsafeCharacter}; write each item as one line of plain text.";
        }
        return null;
    }
}
