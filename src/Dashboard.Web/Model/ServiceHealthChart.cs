namespace Dashboard.Web.Model;

/// <summary>
/// One metric over the window, a point a minute (null: nothing recorded), and the config changes on the same minutes:
/// <see cref="Changes"/> is null except where a change was applied, where it holds the chart's top so it draws as a spike.
/// </summary>
public sealed record ServiceHealthChart(string Title, string Unit, IReadOnlyList<string> Minutes, IReadOnlyList<double?> Values, IReadOnlyList<double?> Changes);
