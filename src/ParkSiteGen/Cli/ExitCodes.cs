namespace ParkSiteGen.Cli;

/// <summary>What the process tells its caller (CI, Netlify, an editor's script).</summary>
public static class ExitCodes
{
    public const int Success = 0;

    /// <summary>The content has errors (or warnings under --strict), or the output could not be written.</summary>
    public const int BuildFailed = 1;

    /// <summary>The command line is wrong: unknown option, missing folder, a --out that must not be replaced.</summary>
    public const int Usage = 2;

    /// <summary>A bug in ParkSiteGen: reported in one line, with the trace only when PARKSITEGEN_DEBUG=1.</summary>
    public const int InternalError = 3;
}
