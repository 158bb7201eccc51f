using Dashboard.Domain.Access;
using Dashboard.Domain.Incidents;

namespace Dashboard.Domain.Tests.Incidents;

public static class IncidentPeople
{
    public static readonly IncidentActor OnCall = new("olga", "Olga On-Call", [Roles.OnCall]);
    public static readonly IncidentActor Admin = new("ada", "Ada Admin", [Roles.Admin]);
    public static readonly IncidentActor Engineer = new("bob", "Bob Engineer", [Roles.Engineer]);

    public static readonly DateTimeOffset Start = new(2026, 11, 27, 1, 45, 0, TimeSpan.Zero);

    public static DateTimeOffset At(int minutesAfterStart) => Start.AddMinutes(minutesAfterStart);
}
