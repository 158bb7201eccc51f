using Dashboard.Domain.Scanning;
using Dashboard.Analysis.Scanning;

namespace Dashboard.Analysis.Tests.Scanning;

// Scans C# snippets as the files of one in-memory service, svc, named File1.cs, File2.cs, ...
internal static class ServiceSnippets
{
    public const string ServiceName = "svc";

    public static async Task<ServiceScan> ScanAsync(params string[] files)
    {
        var result = await ScanResultAsync(files);
        return Assert.Single(result.Services);
    }

    public static Task<ScanResult> ScanResultAsync(params string[] files)
    {
        var sources = new List<(string path, string text)> { ($"{ServiceName}/{ServiceName}.csproj", "<Project />") };
        sources.AddRange(files.Select((text, index) => (FileName(index + 1), text)));
        return new SourceScanner().ScanSourcesAsync(sources, catalogPaths: null, CancellationToken.None);
    }

    public static string FileName(int number) => $"{ServiceName}/File{number}.cs";
}
