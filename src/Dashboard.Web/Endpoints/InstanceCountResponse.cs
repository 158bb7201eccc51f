namespace Dashboard.Web.Endpoints;

public sealed record InstanceCountResponse(int InRotation, int Total);
