namespace ParkSiteGen.Tests.Support;

/// <summary>Paths in the repository, found from the test binary's folder upward.</summary>
public static class Repo
{
    public static string Root { get; } = FindRoot();

    public static string Fixture(string name) => Path.Combine(Root, "tests", "fixtures", name);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ParkSiteGen.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("ParkSiteGen.sln not found above " + AppContext.BaseDirectory);
    }
}
