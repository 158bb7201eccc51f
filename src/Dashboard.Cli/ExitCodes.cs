namespace Dashboard.Cli;

/// <summary>Process exit codes pipelines can branch on.</summary>
public static class ExitCodes
{
    public const int Success = 0;
    /// <summary>Something went wrong while running, or a gate failed (a blast radius at or above --fail-on).</summary>
    public const int Failure = 1;
    /// <summary>The command line was wrong: a missing argument, an unknown option, a path that does not exist.</summary>
    public const int BadArguments = 2;
}
