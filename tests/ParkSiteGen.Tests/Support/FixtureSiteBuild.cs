namespace ParkSiteGen.Tests.Support;

/// <summary>The basic fixture site built once for a test collection, through the real command line.</summary>
public sealed class FixtureSiteBuild : IDisposable
{
    private readonly TempDir _temp = new();

    public FixtureSiteBuild()
    {
        Output = _temp["public"];
        Result = Parksitegen.Run("build", Repo.Fixture("basic-site"), "--out", Output, "--no-search");
        if (Result.ExitCode != 0)
        {
            throw new InvalidOperationException("the fixture site does not build:\n" + Result);
        }
    }

    public string Output { get; }

    public CliResult Result { get; }

    public string Page(string sitePath) => File.ReadAllText(Path.Combine(Output, sitePath.Trim('/'), "index.html"));

    public void Dispose() => _temp.Dispose();
}

[CollectionDefinition(Name)]
public sealed class FixtureSiteCollection : ICollectionFixture<FixtureSiteBuild>
{
    public const string Name = "basic fixture site";
}
