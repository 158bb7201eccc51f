namespace Dashboard.Analysis.ConfigExport;

/// <summary>The shape of an <c>az appconfig kv export</c> file.</summary>
public enum ExportProfile
{
    /// <summary><c>--profile appconfig/kvset</c>: <c>{"items":[{"key","value","label","content_type","tags"}]}</c>, labels kept.</summary>
    KvSet,

    /// <summary><c>--format json</c> (the default profile): one property per key, no labels; the label comes from the command line.</summary>
    Flat,
}
