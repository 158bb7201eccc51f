namespace Dashboard.Application.Health;

/// <summary>
/// The requests of one service in one minute (<see cref="Minute"/> is the minute's start, UTC): the totals so far,
/// replacing any earlier sample of the same minute from the same source.
/// </summary>
public sealed record RequestSample(DateTimeOffset Minute, long Requests, long ServerErrors, long ClientErrors, double? P95Ms);
