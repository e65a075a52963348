using Scriban.Runtime;

namespace ParkSiteGen.Rendering.Templates;

/// <summary>Scriban's output written straight into the page's buffer: template text is copied as a span, with no
/// substring per chunk (Scriban's TextWriterOutput makes one) and no string of the whole page.</summary>
internal sealed class PageBufferOutput : IScriptOutput
{
    public PageBuffer? Buffer { get; set; }

    public void Write(string text, int offset, int count) => Buffer!.Write(text.AsSpan(offset, count));

    public ValueTask WriteAsync(string text, int offset, int count, CancellationToken cancellationToken)
    {
        Write(text, offset, count);
        return ValueTask.CompletedTask;
    }
}
