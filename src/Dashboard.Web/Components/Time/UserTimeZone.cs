using System.Globalization;

namespace Dashboard.Web.Components.Time;

/// <summary>
/// The time zone of the person at this circuit, as their browser reports it; UTC until it has. Every time shown to a person
/// goes through <see cref="Format"/>, so it is in their zone and always carries its offset (no guessing what "09:00" means).
/// </summary>
public sealed class UserTimeZone
{
    public TimeZoneInfo Zone { get; private set; } = TimeZoneInfo.Utc;

    /// <summary>Raised when the browser's zone becomes known, so shown times can be rendered again.</summary>
    public event Action? Changed;

    /// <summary>Takes the browser's IANA zone name; an unknown or empty name keeps UTC rather than guessing.</summary>
    public void Use(string? ianaName)
    {
        if (string.IsNullOrWhiteSpace(ianaName) || !TimeZoneInfo.TryFindSystemTimeZoneById(ianaName, out var zone) || zone.Id == Zone.Id)
            return;
        Zone = zone;
        Changed?.Invoke();
    }

    /// <summary>"2026-11-27 10:00 +01:00" (with <paramref name="seconds"/>: "10:00:05"), in this person's zone.</summary>
    public string Format(DateTimeOffset at, bool seconds = false) =>
        TimeZoneInfo.ConvertTime(at, Zone).ToString(seconds ? "yyyy-MM-dd HH:mm:ss zzz" : "yyyy-MM-dd HH:mm zzz", CultureInfo.InvariantCulture);

    /// <summary>The time of day only ("10:00:05 +01:00"), for a caption next to other times of today.</summary>
    public string FormatTimeOfDay(DateTimeOffset at) =>
        TimeZoneInfo.ConvertTime(at, Zone).ToString("HH:mm:ss zzz", CultureInfo.InvariantCulture);
}
