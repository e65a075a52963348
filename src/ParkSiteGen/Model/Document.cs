using ParkSiteGen.Diagnostics;

namespace ParkSiteGen.Model;

/// <summary>A Markdown narrative (profile or bulletin) in one language.</summary>
/// <param name="File">Site-relative path, for messages.</param>
/// <param name="FullPath">Absolute path, to resolve relative links.</param>
/// <param name="BodyLine">The file line on which <see cref="Body"/> starts.</param>
public sealed record Document(
    Language Language,
    string File,
    string FullPath,
    string Title,
    DateOnly? Date,
    string? Summary,
    bool Draft,
    int BodyLine)
{
    private readonly Func<string>? _read;
    private string? _body;

    public Document(Language language, string file, string fullPath, string title, DateOnly? date, string? summary, bool draft, string body, int bodyLine)
        : this(language, file, fullPath, title, date, summary, draft, bodyLine) => _body = body;

    private Document(Language language, string file, string fullPath, string title, DateOnly? date, string? summary, bool draft, int bodyLine, Func<string> read)
        : this(language, file, fullPath, title, date, summary, draft, bodyLine) => _read = read;

    /// <summary>A document whose front matter is known (a build reusing what it read last time) and whose body is read
    /// from its file only when a page that shows it is made: a rebuild after one edit makes a few pages of thousands.</summary>
    public static Document ReadLater(Language language, string file, string fullPath, string title, DateOnly? date, string? summary, bool draft, int bodyLine, Func<string> read) =>
        new(language, file, fullPath, title, date, summary, draft, bodyLine, read);

    /// <summary>The Markdown after the front matter.</summary>
    public string Body => _body ??= _read!(); // two threads may both read it: the same text either way

    public SourceLocation Location => SourceLocation.WholeFile(File);

    public bool Equals(Document? other) =>
        ReferenceEquals(this, other)
        || (other is not null && Language == other.Language && File == other.File && FullPath == other.FullPath && Title == other.Title
            && Date == other.Date && Summary == other.Summary && Draft == other.Draft && BodyLine == other.BodyLine && Body == other.Body);

    public override int GetHashCode() => HashCode.Combine(File, Title, BodyLine);
}
