using Dashboard.Infrastructure.Scanning;

namespace Dashboard.Infrastructure.Tests.Scanning;

public class ScanConcurrencyGateTests
{
    [Fact]
    public void TryEnter_SameUserTwice_RefusesTheSecondUntilTheFirstEnds()
    {
        var gate = new ScanConcurrencyGate();

        var first = gate.TryEnter("engineer");
        var second = gate.TryEnter("engineer");
        first!.Dispose();
        using var third = gate.TryEnter("engineer");

        Assert.NotNull(first);
        Assert.Null(second);
        Assert.NotNull(third);
    }

    [Fact]
    public void TryEnter_TwoUsers_RunSideBySide()
    {
        var gate = new ScanConcurrencyGate();

        using var engineer = gate.TryEnter("engineer");
        using var admin = gate.TryEnter("admin");

        Assert.NotNull(engineer);
        Assert.NotNull(admin);
    }

    [Fact]
    public void Dispose_Twice_DoesNotReleaseAnotherScan()
    {
        var gate = new ScanConcurrencyGate();
        var first = gate.TryEnter("engineer")!;
        first.Dispose();
        using var second = gate.TryEnter("engineer");

        first.Dispose();

        Assert.Null(gate.TryEnter("engineer"));
    }
}
