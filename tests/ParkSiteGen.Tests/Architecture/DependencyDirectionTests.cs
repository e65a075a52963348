using ParkSiteGen.Tests.Support;

namespace ParkSiteGen.Tests.Architecture;

/// <summary>The folders of src/ParkSiteGen/ use each other one way, as README.md's folder table says ("How the code is
/// organised": its "may use" column). The code is held to the table, and the table to the code: it lists every folder
/// and nothing else, in an order uses point back along. Text only: nothing is compiled or loaded.</summary>
public class DependencyDirectionTests
{
    private readonly SourceTree _source = SourceTree.Read(Path.Combine(Repo.Root, "src", "ParkSiteGen"));
    private readonly FolderTable _table = FolderTable.Read(Path.Combine(Repo.Root, "README.md"));

    /// <summary>Program.cs, the entry point, is in no folder: it hands the command line to Cli/.</summary>
    private const string EntryPointMayUse = "Cli";

    [Fact]
    public void The_table_lists_every_folder_of_the_source_and_no_other()
    {
        var problems = new List<string>();
        problems.AddRange(_source.Folders.Where(f => _table.Row(f) is null)
            .Select(f => $"src/ParkSiteGen/{f}/ is not in README.md's folder table: add a row saying what it does and which folders it may use"));
        problems.AddRange(_table.Rows.Where(r => !_source.Folders.Contains(r.Folder))
            .Select(r => $"README.md:{r.Line}: the folder table names {r.Folder}/, which src/ParkSiteGen/ does not have"));
        problems.AddRange(_table.Rows.GroupBy(r => r.Folder).Where(g => g.Count() > 1)
            .Select(g => $"README.md:{g.Last().Line}: the folder table names {g.Key}/ twice"));
        AssertNone(problems);
    }

    [Fact]
    public void Every_use_of_another_folder_is_one_the_table_allows()
    {
        var problems = new List<string>();
        foreach (var file in _source.Files)
        {
            foreach (var use in FolderUses.In(file, _source.Declared).DistinctBy(u => (u.Folder, u.Line)).OrderBy(u => u.Line))
            {
                if (file.Folder is null && use.Folder != EntryPointMayUse)
                {
                    problems.Add($"{file.Path}:{use.Line}: the entry point uses {use.Folder}/ ({use.Text}); it may use {EntryPointMayUse}/ only");
                }
                else if (file.Folder is { } folder && _table.Row(folder) is not null && !_table.Allows(folder, use.Folder))
                {
                    problems.Add($"{file.Path}:{use.Line}: {folder}/ uses {use.Folder}/ ({use.Text}), which README.md's folder table does not allow; "
                        + $"{folder}/ may use {_table.Allowed(folder)}");
                }
            }
        }

        AssertNone(problems);
    }

    [Fact]
    public void The_table_runs_one_way()
    {
        var problems = new List<string>();
        for (var i = 0; i < _table.Rows.Count; i++)
        {
            var row = _table.Rows[i];
            var above = _table.Rows.Take(i).Select(r => r.Folder).ToHashSet();
            problems.AddRange(row.Uses.Where(u => !above.Contains(u)).Select(u =>
                $"README.md:{row.Line}: {row.Folder}/ may use {u}/, which is not above it in the table: uses point back along the pipeline "
                + $"(one that cannot yet is written after '{FolderTable.OutOfOrder}', so that it shows)"));
            problems.AddRange(row.OutOfOrder.Where(u => above.Contains(u) || _table.Row(u) is null).Select(u =>
                $"README.md:{row.Line}: {row.Folder}/ lists {u}/ after '{FolderTable.OutOfOrder}', but {u}/ is "
                + (_table.Row(u) is null ? "not in the table" : "above it: list it with the others")));
        }

        AssertNone(problems);
    }

    [Fact]
    public void Every_file_declares_its_folders_namespace()
    {
        // A file in another folder's namespace would use that folder's types unqualified, unseen by the test above.
        var problems = _source.Files
            .Where(f => SourceTree.NamespaceOf(f)?.Folder != (f.Folder ?? ""))
            .Select(f => $"{f.Path}: its namespace is not ParkSiteGen{(f.Folder is null ? "" : "." + f.Folder)} (or one inside it)")
            .ToList();
        AssertNone(problems);
    }

    private static void AssertNone(List<string> problems)
    {
        if (problems.Count > 0)
        {
            Assert.Fail($"{problems.Count} problem(s):\n" + string.Join("\n", problems));
        }
    }
}
