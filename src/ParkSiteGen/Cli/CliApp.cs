using System.CommandLine;

namespace ParkSiteGen.Cli;

/// <summary>The command line: `parksitegen &lt;verb&gt;`. A thin shell over the pipeline; usage errors exit 2.</summary>
public static class CliApp
{
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var root = new RootCommand("ParkSiteGen: builds bilingual (Chinese + English) websites of industrial parks and their annual bulletins.");
        root.Subcommands.Add(BuildCommand.Create());
        root.Subcommands.Add(ServeCommand.Create());
        root.Subcommands.Add(CheckCommand.Create());
        root.Subcommands.Add(NewCommand.Create());
        root.Subcommands.Add(ImportCommand.Create());
        root.Subcommands.Add(ExportCommand.Create());
        root.SetAction(result =>
        {
            result.InvocationConfiguration.Error.WriteLine("Tell parksitegen what to do, e.g. `parksitegen build`. See `parksitegen --help`.");
            return ExitCodes.Usage;
        });

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
            {
                stderr.WriteLine($"error: {error.Message}");
            }

            stderr.WriteLine($"See `parksitegen {string.Join(' ', CommandPath(parsed))} --help`.");
            return ExitCodes.Usage;
        }

        try
        {
            return parsed.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"error: cannot write the output: {e.Message}");
            return ExitCodes.BuildFailed;
        }
        catch (Exception e)
        {
            stderr.WriteLine($"internal error: {e.GetType().Name}: {e.Message}");
            stderr.WriteLine(Environment.GetEnvironmentVariable("PARKSITEGEN_DEBUG") == "1"
                ? e.ToString()
                : "This is a bug in ParkSiteGen, not in your content. Please report it with the command you ran (PARKSITEGEN_DEBUG=1 prints details).");
            return ExitCodes.InternalError;
        }
    }

    private static IEnumerable<string> CommandPath(ParseResult parsed)
    {
        var names = new List<string>();
        for (var result = parsed.CommandResult; result.Parent is System.CommandLine.Parsing.CommandResult parent; result = parent)
        {
            names.Insert(0, result.Command.Name);
        }

        return names;
    }
}
