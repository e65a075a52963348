namespace ParkSiteGen.Content;

/// <summary>A file the build took as unchanged (by its length and time) could not be read as it was: it changed while
/// the build ran. The build stops without publishing; the next one reads it.</summary>
public sealed class ContentChangedException(string file) : Exception($"{file} changed while the site was being built")
{
    /// <summary>The file, relative to the site ("content/parks/…").</summary>
    public string File { get; } = file;

    /// <summary>The exception, or the first one inside it (parallel loops wrap what their bodies throw).</summary>
    public static ContentChangedException? In(Exception e) => e switch
    {
        ContentChangedException changed => changed,
        AggregateException many => many.Flatten().InnerExceptions.Select(In).FirstOrDefault(c => c is not null),
        _ => e.InnerException is { } inner ? In(inner) : null,
    };
}
