using Dashboard.Application.Health;

namespace Dashboard.Infrastructure.Monitoring;

/// <summary>One workspace's summarised requests per service and minute, when they were fetched, and the partial-data reason if any.</summary>
public sealed record RequestSummary(DateTimeOffset FetchedAt, IReadOnlyDictionary<string, IReadOnlyList<RequestSample>> ByService, string? PartialError);
