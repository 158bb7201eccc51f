using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;

namespace Dashboard.Browser.Tests;

/// <summary>axe-core run in the page as it is now; critical and serious violations fail the test, each named with where it is.</summary>
public static class Accessibility
{
    private static readonly string[] Blocking = ["critical", "serious"];

    public static async Task AssertNoSeriousViolationsAsync(IPage page, string state)
    {
        // Contrast is judged on what stays on screen, not on a snackbar or dialog half-way through fading in.
        // (Endless animations, such as a progress spinner, are not waited for.)
        await page.WaitForFunctionAsync(
            "() => document.getAnimations().every(a => a.playState !== 'running' || a.effect?.getTiming().iterations === Infinity)");
        var result = await page.RunAxe();
        var blocking = result.Violations.Where(v => Blocking.Contains(v.Impact)).ToList();
        Assert.True(blocking.Count == 0, $"axe-core found {blocking.Count} critical or serious violation(s) on {state}:\n" + Describe(blocking));
    }

    private static string Describe(IEnumerable<AxeResultItem> violations) => string.Join("\n", violations.Select(v =>
        $"- {v.Impact} {v.Id}: {v.Help} ({v.HelpUrl})\n" + string.Join("\n", v.Nodes.Take(5).Select(n => $"    at {n.Target}: {n.Html}\n      {string.Join("; ", n.Any.Concat(n.All).Select(c => c.Message))}"))));
}
