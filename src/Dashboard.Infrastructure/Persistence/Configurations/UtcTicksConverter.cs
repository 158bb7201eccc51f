using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Dashboard.Infrastructure.Persistence.Configurations;

/// <summary>
/// Stores an instant as its UTC ticks: SQLite can order by a number (not by a DateTimeOffset), and every tick survives,
/// which the audit chain's hashes depend on (EF's DateTimeOffsetToBinaryConverter drops sub-millisecond ticks). The offset is
/// not kept; times are written in UTC.
/// </summary>
internal sealed class UtcTicksConverter() : ValueConverter<DateTimeOffset, long>(
    value => value.UtcTicks,
    ticks => new DateTimeOffset(ticks, TimeSpan.Zero));
