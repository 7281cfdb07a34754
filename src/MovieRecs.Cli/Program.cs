using MovieRecs.Cli;

string[] arguments = CliApplication.ResolveArguments(args, Console.IsInputRedirected, Console.IsOutputRedirected);
return await CliApplication.RunAsync(arguments, Console.Out, Console.Error).ConfigureAwait(false);
