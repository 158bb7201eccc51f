using System.Globalization;
using System.Xml;

namespace Dashboard.Infrastructure.Monitoring;

/// <summary>The <c>timespan</c> of a query: an ISO 8601 start and duration, e.g. <c>2021-05-03T00:00:00.0000000Z/P7D</c>.</summary>
public readonly record struct LogsTimeRange(DateTimeOffset Start, TimeSpan Duration)
{
    public static LogsTimeRange Last(TimeSpan duration, DateTimeOffset now) => new(now - duration, duration);

    public override string ToString() =>
        Start.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture) + "/" + XmlConvert.ToString(Duration);
}
