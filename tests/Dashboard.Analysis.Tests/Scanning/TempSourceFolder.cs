namespace Dashboard.Analysis.Tests.Scanning;

// A throw-away folder of source files, deleted when the test ends.
internal sealed class TempSourceFolder : IDisposable
{
    public string Root { get; } = Path.Combine(Path.GetTempPath(), "scanner-tests-" + Guid.NewGuid().ToString("N"));

    public TempSourceFolder() => Directory.CreateDirectory(Root);

    public TempSourceFolder With(string relativePath, string text)
    {
        var path = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return this;
    }

    public TempSourceFolder WithProject(string relativePath) => With(relativePath, "<Project Sdk=\"Microsoft.NET.Sdk\" />");

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
