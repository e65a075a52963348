namespace ParkSiteGen;

public static class Program
{
    public static int Main(string[] args)
    {
        Cli.HeapPages.Enable();
        return Cli.CliApp.Run(args, Console.Out, Console.Error);
    }
}
