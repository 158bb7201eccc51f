namespace Dashboard.Infrastructure.ConfigStores;

/// <summary>An ETag as a caller may give it, quoted as in a header or bare as in a body.</summary>
internal static class ETags
{
    public static string Bare(string etag) => etag.Length >= 2 && etag.StartsWith('"') && etag.EndsWith('"') ? etag[1..^1] : etag;
}
