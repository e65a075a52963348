namespace ParkSiteGen.Diagnostics;

public enum Severity
{
    Error,
    Warning,
}

/// <summary>A place in a source file. <see cref="File"/> is relative to the site folder, with '/' separators,
/// so messages read the same on Windows and Linux. Line and column are 1-based; 0 means "the whole file".</summary>
public readonly record struct SourceLocation(string File, int Line, int Column, int Length = 0)
{
    public static SourceLocation WholeFile(string file) => new(file, 0, 0);

    public override string ToString() => Line > 0 ? $"{File}:{Line}:{Column}" : File;
}

/// <summary>One finding about the input: what was found, what was expected, and how to fix it.
/// Every stage reports through these, never through exceptions, so a build lists all problems at once.</summary>
public sealed record Diagnostic(
    Severity Severity,
    string Code,
    SourceLocation? Location,
    string Message,
    string? Found = null,
    string? Expected = null,
    string? Hint = null)
{
    public bool IsError => Severity == Severity.Error;
}
