namespace Dashboard.SampleFleet.Fleet;

/// <summary>One kind of synthetic request: an entry point of the fleet in one environment.</summary>
internal sealed record TrafficTarget(string Environment, string Service, HttpMethod Method, Uri BaseUrl, string PathTemplate)
{
    public Uri RequestUri(int n) => new(BaseUrl, PathTemplate.Replace("{n}", n.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal));

    public override string ToString() => $"{Service} ({Environment}) {Method} {PathTemplate}";
}
