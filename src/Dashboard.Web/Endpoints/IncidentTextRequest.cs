namespace Dashboard.Web.Endpoints;

/// <summary>The body of a note ({"text"}) or of a resolution ({"text": what resolved it}).</summary>
public sealed record IncidentTextRequest(string? Text);
