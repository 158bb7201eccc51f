using Dashboard.Application.Health;
using Dashboard.Domain.Incidents;

namespace Dashboard.Web.Model;

/// <summary>A service in one environment on its health page: now, its charts, and the config changes applied there in the window.</summary>
public sealed record ServiceEnvironmentHealth(
    HealthCell Cell, ServiceHealth Health, ServiceHealthChart ErrorRate, ServiceHealthChart P95, IReadOnlyList<CandidateChange> Changes);
