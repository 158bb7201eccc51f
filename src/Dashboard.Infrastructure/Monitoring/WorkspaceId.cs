namespace Dashboard.Infrastructure.Monitoring;

/// <summary>A Log Analytics workspace id is a GUID; anything else is refused before a request is sent.</summary>
public static class WorkspaceId
{
    public const string Expected = "give the workspace id, a GUID such as 50e32c19-2b4b-4152-b97e-0e02441cae60 (Workspace ID on the workspace's Overview page), not its name or resource id.";

    public static bool TryParse(string? text, out Guid id) => Guid.TryParseExact(text?.Trim(), "D", out id);

    public static Guid Parse(string? text) =>
        TryParse(text, out var id)
            ? id
            : throw new LogAnalyticsException(LogAnalyticsErrorKind.InvalidWorkspace, null, $"'{text}' is not a Log Analytics workspace id; {Expected}");
}
