using System.Text.RegularExpressions;

namespace ParkSiteGen.Tests.Architecture;

/// <summary>A row of README.md's folder table: a folder of src/ParkSiteGen/, the folders it may use (each above it, as
/// the table runs in the pipeline's order), those it may use though they come after it (written after "out of order",
/// so that each shows), or every folder above it (the engine and the command line).</summary>
/// <param name="Line">Its line in README.md, for messages.</param>
public sealed record FolderRow(string Folder, int Line, IReadOnlyList<string> Uses, IReadOnlyList<string> OutOfOrder, bool EveryFolderAbove);

/// <summary>The table of README.md's section "How the code is organised", read as the map of which folder may use
/// which: the README says it, the code is held to it (<see cref="DependencyDirectionTests"/>).</summary>
public sealed partial class FolderTable
{
    public const string Section = "## How the code is organised";
    public const string EveryFolderAbove = "every folder above";
    public const string OutOfOrder = "out of order:";

    private FolderTable(IReadOnlyList<FolderRow> rows) => Rows = rows;

    /// <summary>In the order of the table.</summary>
    public IReadOnlyList<FolderRow> Rows { get; }

    public FolderRow? Row(string folder) => Rows.FirstOrDefault(r => r.Folder == folder);

    /// <summary>Whether <paramref name="folder"/> may use <paramref name="used"/> (every folder may use itself).</summary>
    public bool Allows(string folder, string used)
    {
        var index = Rows.ToList().FindIndex(r => r.Folder == folder);
        if (index < 0)
        {
            return false;
        }

        var row = Rows[index];
        return folder == used || row.Uses.Contains(used) || row.OutOfOrder.Contains(used)
            || (row.EveryFolderAbove && Rows.Take(index).Any(r => r.Folder == used));
    }

    /// <summary>What <paramref name="folder"/> may use, in words, for messages.</summary>
    public string Allowed(string folder) => Row(folder) is not { } row ? "nothing (it is not in the table)"
        : row.EveryFolderAbove ? EveryFolderAbove
        : row.Uses.Concat(row.OutOfOrder).Any() ? string.Join(", ", row.Uses.Concat(row.OutOfOrder).Select(f => f + "/"))
        : "no other folder";

    public static FolderTable Read(string readmePath)
    {
        var lines = File.ReadAllLines(readmePath);
        var section = Array.IndexOf(lines, Section);
        if (section < 0)
        {
            throw new InvalidDataException($"README.md has no section '{Section}': the folder table belongs there");
        }

        var header = Array.FindIndex(lines, section, l => l.StartsWith('|'));
        if (header < 0 || !Cells(lines[header]).SequenceEqual(["folder", "stage", "may use"]))
        {
            throw new InvalidDataException($"README.md:{header + 1}: the folder table's columns must be 'folder | stage | may use'");
        }

        var rows = new List<FolderRow>();
        for (var i = header + 2; i < lines.Length && lines[i].StartsWith('|'); i++)
        {
            rows.Add(Row(Cells(lines[i]), i + 1));
        }

        return new FolderTable(rows);
    }

    private static FolderRow Row(string[] cells, int line)
    {
        var folders = Folders(cells[0]);
        if (cells.Length != 3 || folders.Count != 1)
        {
            throw new InvalidDataException($"README.md:{line}: a row of the folder table is '| `Folder/` | what it does | the folders it may use |'");
        }

        var uses = cells[2];
        var cut = uses.IndexOf(OutOfOrder, StringComparison.OrdinalIgnoreCase);
        var inOrder = cut < 0 ? uses : uses[..cut];
        return new FolderRow(folders[0], line, Folders(inOrder), cut < 0 ? [] : Folders(uses[cut..]),
            uses.Contains(EveryFolderAbove, StringComparison.OrdinalIgnoreCase));
    }

    private static string[] Cells(string line) => line.Trim().Trim('|').Split('|').Select(c => c.Trim()).ToArray();

    /// <summary>The folders named in a cell: `Content/` -> Content.</summary>
    private static List<string> Folders(string cell) => FolderName().Matches(cell).Select(m => m.Groups[1].Value).ToList();

    [GeneratedRegex(@"`([A-Za-z][A-Za-z0-9]*)/`")]
    private static partial Regex FolderName();
}
