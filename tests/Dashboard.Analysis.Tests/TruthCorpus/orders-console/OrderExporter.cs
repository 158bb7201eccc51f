using Microsoft.Extensions.Configuration;

namespace Orders.Console;

public sealed class OrderExporter(IConfiguration configuration)
{
    private readonly IConfigurationSection _export = configuration.GetSection("Orders:Export");

    public async Task ExportAsync(int batchSize)
    {
        string target = _export["Target"] ?? "stdout";
        var format = configuration[OrderKeys.Format];
        foreach (var region in configuration.GetSection("Orders:Regions").GetChildren())
        {
            var lines = new List<string>();
            var counts = new Dictionary<string, int>();
            counts["exported"] = batchSize;
            lines.Add($"{region.Key};{format};{counts["exported"]}");
            await File.AppendAllLinesAsync(target, lines);
        }
    }
}
