using System.Text.RegularExpressions;

namespace ParkSiteGen.Tests.Architecture;

/// <summary>A C# file of src/ParkSiteGen/: its path from the repository's root, its top-level folder (null for a file at
/// the project's root, Program.cs), its text, and its code without comments and strings (<see cref="CodeText"/>).</summary>
public sealed record SourceFile(string Path, string? Folder, string Text, string Code)
{
    public string[] Lines { get; } = Text.Split('\n');

    /// <summary>The line of the character at <paramref name="index"/>, from 1.</summary>
    public int LineOf(int index) => Text.AsSpan(0, index).Count('\n') + 1;
}

/// <summary>The project's folders and C# files as text (what the compiler made, obj/ and bin/, left out), and the names
/// each folder's namespace declares: its types and its inner namespaces, which tell a use of the folder (Output.MemoryOutput)
/// from a member that happens to share its name (a property Output).</summary>
public sealed partial class SourceTree
{
    private static readonly string[] Built = ["obj", "bin"];

    private SourceTree(string projectDir)
    {
        var root = Path.GetFullPath(Path.Combine(projectDir, "..", ".."));
        Folders = Directory.GetDirectories(projectDir).Select(Path.GetFileName).OfType<string>()
            .Where(f => !f.StartsWith('.') && !Built.Contains(f)).Order(StringComparer.Ordinal).ToList();
        Files = Directory.GetFiles(projectDir, "*.cs", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(projectDir, f).Replace('\\', '/'))
            .Where(f => !Built.Contains(f.Split('/')[0]))
            .Order(StringComparer.Ordinal)
            .Select(f =>
            {
                var text = File.ReadAllText(Path.Combine(projectDir, f)).Replace("\r\n", "\n");
                return new SourceFile(Path.GetRelativePath(root, Path.Combine(projectDir, f)).Replace('\\', '/'),
                    f.Contains('/') ? f.Split('/')[0] : null, text, CodeText.WithoutCommentsAndStrings(text));
            })
            .ToList();
        var declared = Folders.ToDictionary(f => f, _ => new HashSet<string>(StringComparer.Ordinal));
        foreach (var file in Files)
        {
            if (NamespaceOf(file) is { } ns && declared.TryGetValue(ns.Folder, out var names))
            {
                names.UnionWith(ns.Inner is { } inner ? [inner] : []);
                names.UnionWith(TypeDeclaration().Matches(file.Code).Select(m => m.Groups[1].Value));
            }
        }

        Declared = declared.ToDictionary(d => d.Key, d => (IReadOnlySet<string>)d.Value);
    }

    public static SourceTree Read(string projectDir) => new(projectDir);

    /// <summary>The top-level folders of the project, code or not (Schemas/ holds JSON only).</summary>
    public IReadOnlyList<string> Folders { get; }

    public IReadOnlyList<SourceFile> Files { get; }

    /// <summary>Folder -> the types and inner namespaces its namespace (ParkSiteGen.Folder...) declares.</summary>
    public IReadOnlyDictionary<string, IReadOnlySet<string>> Declared { get; }

    /// <summary>The folder a file's namespace declaration names (ParkSiteGen.Content.Yaml -> Content, inner Yaml);
    /// "" for the root namespace; null when it declares none.</summary>
    public static (string Folder, string? Inner)? NamespaceOf(SourceFile file) =>
        NamespaceDeclaration().Match(file.Code) is { Success: true } m
            ? (m.Groups[1].Value, m.Groups[2].Success ? m.Groups[2].Value : null)
            : null;

    [GeneratedRegex(@"\bnamespace\s+ParkSiteGen(?:\.(\w+)(?:\.(\w+))?)?")]
    private static partial Regex NamespaceDeclaration();

    [GeneratedRegex(@"\b(?:class|struct|interface|enum|record)\s+(?:(?:class|struct)\s+)?(\w+)")]
    private static partial Regex TypeDeclaration();
}
