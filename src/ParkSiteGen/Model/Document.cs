using ParkSiteGen.Diagnostics;

namespace ParkSiteGen.Model;

/// <summary>A Markdown narrative (profile or bulletin) in one language.</summary>
/// <param name="File">Site-relative path, for messages.</param>
/// <param name="FullPath">Absolute path, to resolve relative links.</param>
/// <param name="Body">The Markdown after the front matter.</param>
/// <param name="BodyLine">The file line on which <paramref name="Body"/> starts.</param>
public sealed record Document(
    Language Language,
    string File,
    string FullPath,
    string Title,
    DateOnly? Date,
    string? Summary,
    bool Draft,
    string Body,
    int BodyLine)
{
    public SourceLocation Location => SourceLocation.WholeFile(File);
}
