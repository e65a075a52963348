using ParkSiteGen.Rendering;

namespace ParkSiteGen.Discovery;

/// <summary>What feed readers and search engines read: each language's Atom feed, the sitemap and robots.txt.</summary>
public static class DiscoveryFiles
{
    public static readonly SiteFile Feeds = new("feeds", Inputs.Site | Inputs.EveryPark, (renderer, output, _) => AtomFeed.Write(renderer.Model, output));

    public static readonly SiteFile Sitemap = new("sitemap", Inputs.Site | Inputs.EveryPark, (renderer, output, _) => Discovery.Sitemap.Write(renderer.Model, output));
}
