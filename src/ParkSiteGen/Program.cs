namespace ParkSiteGen;

public static class Program
{
    public static int Main(string[] args) => Cli.CliApp.Run(args, Console.Out, Console.Error);
}
