using System.Globalization;
using Dashboard.Domain;
using Dashboard.Domain.Proposals;

namespace Dashboard.Web.Endpoints;

/// <summary>
/// Every text and list in a proposal step's body, checked before the step runs, so that a 20,000-item checklist or a reason with
/// a right-to-left override is a 400 naming the field (e.g. <c>checklist[3].description</c>) rather than a refusal or a stored row.
/// </summary>
public static class ProposalRequestLimits
{
    /// <summary>User names are at most this long (the local accounts' column).</summary>
    public const int MaxUserNameLength = 64;

    public static (string Field, string Message)? Problem(ProposalActionRequest request)
    {
        if (request.Reason is { } reason && ReasonProblem(reason) is { } reasonProblem)
            return ("reason", reasonProblem);
        if (request.Mitigation is { } mitigation && ReasonProblem(mitigation) is { } mitigationProblem)
            return ("mitigation", mitigationProblem.Replace("The reason", "The mitigation", StringComparison.Ordinal));
        if (request.SecondPerson is { } secondPerson && (secondPerson.Length > MaxUserNameLength || UnsafeCharacters.Describe(secondPerson) is not null))
            return ("secondPerson", $"'secondPerson' is a user name: at most {MaxUserNameLength} characters of plain text.");
        if (request.Checklist is { } checklist)
        {
            if (checklist.Count > ProposalText.MaxItems)
                return ("checklist", Count("checklist", checklist.Count));
            for (var i = 0; i < checklist.Count; i++)
                if (ItemProblem(checklist[i].Description) is { } itemProblem)
                    return (string.Create(CultureInfo.InvariantCulture, $"checklist[{i}].description"), itemProblem);
        }
        if (request.Reasons is { } reasons)
        {
            if (reasons.Count > ProposalText.MaxItems)
                return ("reasons", Count("reasons", reasons.Count));
            for (var i = 0; i < reasons.Count; i++)
                if (ItemProblem(reasons[i]) is { } itemProblem)
                    return (string.Create(CultureInfo.InvariantCulture, $"reasons[{i}]"), itemProblem);
        }
        return null;
    }

    private static string? ReasonProblem(string reason) =>
        reason.Length > ProposalText.MaxReasonLength
            ? $"The reason has {reason.Length:N0} characters; at most {ProposalText.MaxReasonLength:N0} are allowed."
            : UnsafeCharacters.Describe(reason, allowLineBreaks: true) is { } unsafeCharacter
                ? $"The reason contains {unsafeCharacter}; write it as plain text."
                : null;

    private static string? ItemProblem(string? item) =>
        item is null ? null
        : item.Length > ProposalText.MaxItemLength ? $"The item has {item.Length:N0} characters; at most {ProposalText.MaxItemLength} are allowed."
        : UnsafeCharacters.Describe(item) is { } unsafeCharacter ? $"The item contains {unsafeCharacter}; write each item as one line of plain text."
        : null;

    private static string Count(string field, int count) =>
        $"'{field}' has {count:N0} items; at most {ProposalText.MaxItems} are allowed. Keep the ones that matter.";
}
