namespace Dashboard.Infrastructure.Monitoring;

public sealed record LogsColumn(string Name, LogsColumnType Type);
