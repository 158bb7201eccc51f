using Dashboard.Cli;

return await DashboardCli.InvokeAsync(args, Console.Out, Console.Error);
