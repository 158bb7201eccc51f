namespace Dashboard.Cli.Tests;

// What one run of the tool produced.
internal sealed record CliOutput(int ExitCode, string Stdout, string Stderr);
