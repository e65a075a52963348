namespace ParkSiteGen.Diagnostics;

/// <summary>Collects diagnostics from every stage (safely from parallel work) and hands them back in a
/// stable order: by file, line, column, then message, so two runs print the same report.</summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = [];
    private readonly Lock _lock = new();

    public void Add(Diagnostic diagnostic)
    {
        lock (_lock)
        {
            _items.Add(diagnostic);
        }
    }

    public void Error(string code, SourceLocation? at, string message, string? found = null, string? expected = null, string? hint = null) =>
        Add(new Diagnostic(Severity.Error, code, at, message, found, expected, hint));

    public void Warning(string code, SourceLocation? at, string message, string? found = null, string? expected = null, string? hint = null) =>
        Add(new Diagnostic(Severity.Warning, code, at, message, found, expected, hint));

    public bool HasErrors
    {
        get
        {
            lock (_lock)
            {
                return _items.Exists(d => d.IsError);
            }
        }
    }

    public bool IsEmpty
    {
        get
        {
            lock (_lock)
            {
                return _items.Count == 0;
            }
        }
    }

    public int ErrorCount => Count(Severity.Error);

    public int WarningCount => Count(Severity.Warning);

    private int Count(Severity severity)
    {
        lock (_lock)
        {
            return _items.Count(d => d.Severity == severity);
        }
    }

    public IReadOnlyList<Diagnostic> Sorted()
    {
        lock (_lock)
        {
            return _items
                .Distinct()
                .OrderBy(d => d.Location?.File ?? "", StringComparer.Ordinal)
                .ThenBy(d => d.Location?.Line ?? 0)
                .ThenBy(d => d.Location?.Column ?? 0)
                .ThenBy(d => d.Severity)
                .ThenBy(d => d.Message, StringComparer.Ordinal)
                .ToList();
        }
    }
}
