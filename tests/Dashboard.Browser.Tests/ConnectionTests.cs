using System.Text.RegularExpressions;
using Dashboard.Infrastructure.DemoWorld;
using static Microsoft.Playwright.Assertions;

namespace Dashboard.Browser.Tests;

public class ConnectionTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task LostConnection_ShowsTheReconnectBanner()
    {
        var page = await fixture.NewPageAsync();
        var sockets = new List<IWebSocketRoute>();
        var refuse = false;
        // The circuit's WebSocket passes through the test, so the test can cut it as a network drop would; reconnects are refused.
        await page.RouteWebSocketAsync(new Regex("_blazor"), socket =>
        {
            if (Volatile.Read(ref refuse))
            {
                _ = socket.CloseAsync();
                return;
            }
            socket.ConnectToServer();
            lock (sockets) sockets.Add(socket);
        });
        await page.GotoAsync("/proposals");
        await page.GetByLabel("User name").FillAsync("viewer");
        await page.GetByLabel("Password").FillAsync(DemoAccounts.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        // The first page of the class also waits for the host to warm up.
        await Expect(page.Locator("[data-circuit=interactive]")).ToHaveCountAsync(1, new() { Timeout = 30_000 });
        await Expect(page.GetByTestId("reconnect-ui")).ToBeHiddenAsync();

        Volatile.Write(ref refuse, true);
        IWebSocketRoute[] open;
        lock (sockets) open = [.. sockets];
        foreach (var socket in open) await socket.CloseAsync();

        await Expect(page.GetByTestId("reconnect-ui")).ToBeVisibleAsync();
        await Screenshots.SaveAsync(page, "connection-lost");
    }
}
