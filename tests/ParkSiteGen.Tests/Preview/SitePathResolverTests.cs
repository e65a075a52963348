using ParkSiteGen.Output;
using ParkSiteGen.Preview;

namespace ParkSiteGen.Tests.Preview;

public class SitePathResolverTests
{
    private static MemoryOutput Output()
    {
        var output = new MemoryOutput();
        output.WriteText("index.html", "root");
        output.WriteText("zh/index.html", "zh");
        output.WriteText("zh/parks/x/index.html", "park");
        return output;
    }

    [Theory]
    [InlineData("/", "index.html")]
    [InlineData("/zh/", "zh/index.html")]
    [InlineData("/zh/parks/x/", "zh/parks/x/index.html")]
    public void Site_paths_map_to_their_files(string path, string key) =>
        Assert.Equal(key, SitePathResolver.Resolve(path, Output())!.Key);

    [Theory]
    [InlineData("/../zh/index.html")]
    [InlineData("/zh/../zh/")]
    [InlineData("/./zh/")]
    [InlineData("/zh//parks/x/")]
    [InlineData("/zh\\parks\\x\\")]
    [InlineData("/C:/zh/")]
    [InlineData("/.git/config")]
    [InlineData("zh/")]
    [InlineData("/zh/%2e%2e/")]
    [InlineData("/zh/parks/nope/")]
    public void Anything_else_is_refused(string path) => Assert.Null(SitePathResolver.Resolve(path, Output()));

    [Fact]
    public void A_folder_without_its_slash_redirects() =>
        Assert.Equal("/zh/parks/x/", SitePathResolver.Resolve("/zh/parks/x", Output())!.RedirectTo);
}
