using ParkSiteGen.Diagnostics;
using ParkSiteGen.Search;
using ParkSiteGen.Tests.Support;

namespace ParkSiteGen.Tests.Features;

public class SearchIndexerTests
{
    [Fact]
    public void Without_node_or_pagefind_the_build_warns_and_says_how_to_get_search()
    {
        using var temp = new TempDir();
        var diagnostics = new DiagnosticBag();

        SearchIndexer.Run(temp.Path, temp.Path, diagnostics, pagefind: temp["no-such-node-tool"]);

        var warning = Assert.Single(diagnostics.Sorted());
        Assert.False(warning.IsError);
        Assert.Equal("search-not-built", warning.Code);
        Assert.Contains("Node.js", warning.Hint);
        Assert.Contains("--no-search", warning.Hint);
        Assert.False(Directory.Exists(temp["pagefind"]));
    }

    [NodeToolFact("pagefind")]
    public void Pagefind_is_found_in_the_repository_after_npm_ci()
    {
        Assert.Equal(NodeTools.Bin("pagefind"), SearchIndexer.Locate(Repo.Fixture("basic-site")));
    }
}
