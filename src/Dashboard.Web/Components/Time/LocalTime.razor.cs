using System.Globalization;
using Microsoft.AspNetCore.Components;

namespace Dashboard.Web.Components.Time;

/// <summary>An instant shown in the reader's time zone with its offset; hovering shows it in UTC.</summary>
public partial class LocalTime
{
    [Inject] private UserTimeZone TimeZone { get; set; } = null!;

    [Parameter, EditorRequired] public DateTimeOffset Value { get; set; }

    /// <summary>Show seconds too (audit entries, event history).</summary>
    [Parameter] public bool Seconds { get; set; }

    /// <summary>Show the time of day only, for a caption about something that happened today.</summary>
    [Parameter] public bool TimeOfDayOnly { get; set; }

    private string Text => TimeOfDayOnly ? TimeZone.FormatTimeOfDay(Value) : TimeZone.Format(Value, Seconds);

    private string UtcText => Value.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture);

    protected override void OnInitialized() => TimeZone.Changed += Refresh;

    private void Refresh() => _ = InvokeAsync(StateHasChanged);

    public void Dispose() => TimeZone.Changed -= Refresh;
}
