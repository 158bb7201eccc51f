using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Dashboard.TestHost;

/// <summary>
/// The real dashboard (Dashboard.Web.dll, as deployed) in a child process on a free loopback port, so a test can kill it as a
/// crash would (<see cref="KillHardAsync"/> is SIGKILL: no shutdown code runs). Settings are command-line arguments; secrets go in
/// <c>environment</c>. The child is killed when this is disposed, so a failed test leaves nothing running.
/// </summary>
public sealed partial class DashboardProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(3);
    private readonly Process _process;
    private readonly TaskCompletionSource<Uri> _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Queue<string> _lastLines = new();

    private DashboardProcess(Process process) => _process = process;

    public Uri BaseAddress { get; private set; } = null!;
    public int ProcessId => _process.Id;
    public bool HasExited => _process.HasExited;

    /// <summary>Starts the dashboard and waits until it listens; throws with its last output when it does not start.</summary>
    /// <param name="startTimeout">How long to wait for it to listen (default 3 minutes); longer where several start on a busy machine.</param>
    public static async Task<DashboardProcess> StartAsync(IReadOnlyDictionary<string, string> settings, IReadOnlyDictionary<string, string>? environment = null,
        CancellationToken cancellationToken = default, TimeSpan? startTimeout = null)
    {
        var timeout = startTimeout ?? StartTimeout;
        var folder = AppContext.BaseDirectory;
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = folder,
        };
        // The host's own runtimeconfig, and this output's dependency manifest, which lists every assembly and native library here.
        foreach (var argument in (string[])["exec", "--runtimeconfig", Path.Combine(folder, "Dashboard.Web.runtimeconfig.json"),
                     "--depsfile", DependencyManifest(), Path.Combine(folder, "Dashboard.Web.dll")])
            start.ArgumentList.Add(argument);
        start.ArgumentList.Add("--urls=http://127.0.0.1:0");
        foreach (var (key, value) in settings) start.ArgumentList.Add($"--{key}={value}");
        foreach (var (key, value) in environment ?? new Dictionary<string, string>()) start.Environment[key] = value;

        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        var child = new DashboardProcess(process);
        process.OutputDataReceived += (_, line) => child.Read(line.Data);
        process.ErrorDataReceived += (_, line) => child.Read(line.Data);
        process.Exited += (_, _) => child._listening.TrySetException(new InvalidOperationException(
            $"The dashboard exited with code {process.ExitCode} before it listened. Its last output:\n{child.LastOutput()}"));
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            child.BaseAddress = await child._listening.Task.WaitAsync(timeout, cancellationToken);
            return child;
        }
        catch (Exception error) when (error is TimeoutException or OperationCanceledException or InvalidOperationException)
        {
            await child.DisposeAsync();
            if (error is TimeoutException)
                throw new TimeoutException($"The dashboard did not listen within {timeout.TotalMinutes} minutes. Its last output:\n{child.LastOutput()}", error);
            throw;
        }
    }

    /// <summary>Kills the process at once with SIGKILL, as a crash or an out-of-memory kill would, and waits until it is gone.</summary>
    public async Task KillHardAsync()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
    }

    /// <summary>The last lines the dashboard wrote, for a failure message.</summary>
    public string LastOutput()
    {
        lock (_lastLines) return string.Join('\n', _lastLines);
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!_process.HasExited) await KillHardAsync();
        }
        catch (InvalidOperationException)
        {
            // Never started: nothing to kill.
        }
        _process.Dispose();
    }

    private void Read(string? line)
    {
        if (line is null) return;
        lock (_lastLines)
        {
            _lastLines.Enqueue(line);
            if (_lastLines.Count > 40) _lastLines.Dequeue();
        }
        if (Listening().Match(line) is { Success: true } match) _listening.TrySetResult(new Uri(match.Groups["address"].Value.TrimEnd('/') + "/"));
    }

    private static string DependencyManifest() =>
        (AppContext.GetData("APP_CONTEXT_DEPS_FILES") as string)?.Split(';', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault(File.Exists)
        ?? throw new InvalidOperationException("This process has no dependency manifest (*.deps.json) to start the dashboard with.");

    [GeneratedRegex(@"Dashboard is running at (?<address>http://\S+)")]
    private static partial Regex Listening();
}
