namespace Dashboard.Analysis.Scanning;

/// <summary>
/// Runs per-file work on a few dedicated threads with a large stack. Roslyn guards most of its recursion by the
/// stack it has left, so on a roomy stack an odd but legal file parses and binds instead of being cut short; the
/// <see cref="NestingLimiter"/> keeps the unguarded paths shallow. Work stops at the next item once cancelled.
/// </summary>
internal static class WorkerThreads
{
    private const int StackBytes = 64 * 1024 * 1024;

    public static Task ForEachAsync(int count, Action<int, CancellationToken> body, CancellationToken cancellationToken)
    {
        if (count == 0)
            return Task.CompletedTask;
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var next = -1;
        var threads = Math.Min(Environment.ProcessorCount, count);
        var running = threads;
        var errors = new List<Exception>();
        for (var t = 0; t < threads; t++)
        {
            var thread = new Thread(() =>
            {
                try
                {
                    int index;
                    while ((index = Interlocked.Increment(ref next)) < count)
                    {
                        cancellationToken.ThrowIfCancellationRequested();
                        body(index, cancellationToken);
                    }
                }
                catch (Exception error)
                {
                    lock (errors) errors.Add(error);
                    // The others stop at their next item.
                    Interlocked.Exchange(ref next, count);
                }
                if (Interlocked.Decrement(ref running) == 0)
                    Complete(done, errors, cancellationToken);
            }, StackBytes)
            {
                IsBackground = true,
                Name = "scanner",
            };
            thread.Start();
        }
        return done.Task;
    }

    private static void Complete(TaskCompletionSource done, List<Exception> errors, CancellationToken cancellationToken)
    {
        if (errors.Count == 0)
            done.SetResult();
        else if (errors.All(e => e is OperationCanceledException))
            done.SetCanceled(cancellationToken);
        else
            done.SetException(errors.Where(e => e is not OperationCanceledException));
    }
}
