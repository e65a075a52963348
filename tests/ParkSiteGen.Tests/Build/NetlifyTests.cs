using System.Text.RegularExpressions;
using ParkSiteGen.Tests.Support;

namespace ParkSiteGen.Tests.Build;

/// <summary>netlify.toml against the built sample site: every redirect lands on a page that exists, and the
/// headers are what the site needs.</summary>
public partial class NetlifyTests
{
    private static readonly string Toml = File.ReadAllText(Path.Combine(Repo.Root, "netlify.toml"));

    [GeneratedRegex(@"\[\[redirects\]\](?<body>.*?)(?=\n\[|\z)", RegexOptions.Singleline)]
    private static partial Regex Redirects();

    private static IEnumerable<(string From, string To, string Body)> Rules() =>
        Redirects().Matches(Toml).Select(m => m.Groups["body"].Value)
            .Select(b => (Value(b, "from"), Value(b, "to"), b));

    private static string Value(string body, string key) => Regex.Match(body, $@"\b{key}\s*=\s*""([^""]*)""").Groups[1].Value;

    [Fact]
    public void Every_redirect_target_exists_in_the_built_site()
    {
        using var temp = new TempDir();
        Assert.Equal(0, Parksitegen.Run("build", Repo.Root, "--out", temp["public"], "--no-search").ExitCode);
        var rules = Rules().ToList();
        Assert.True(rules.Count >= 4);
        foreach (var (from, to, _) in rules)
        {
            var file = Path.Combine(temp["public"], to.TrimStart('/'), to.EndsWith('/') ? "index.html" : "");
            Assert.True(File.Exists(file), $"{from} -> {to}: {file} is not in the output");
        }
    }

    [Fact]
    public void The_root_redirects_by_language_and_missing_pages_get_their_languages_404()
    {
        var rules = Rules().ToList();
        var english = Assert.Single(rules, r => r.From == "/" && r.To == "/en/");
        Assert.Contains("force = true", english.Body);
        Assert.Contains("Language = [\"en\"]", english.Body);
        var chinese = Assert.Single(rules, r => r.From == "/" && r.To == "/zh/");
        Assert.Contains("force = true", chinese.Body);
        Assert.True(rules.IndexOf(english) < rules.IndexOf(chinese), "the English rule must come first: Netlify takes the first match");
        Assert.Contains(rules, r => r.From == "/en/*" && r.To == "/en/404.html" && r.Body.Contains("status = 404"));
        Assert.Contains(rules, r => r.From == "/*" && r.To == "/zh/404.html" && r.Body.Contains("status = 404"));
    }

    [Fact]
    public void Headers_allow_pagefinds_webassembly_and_cache_only_fingerprinted_assets_for_long()
    {
        var csp = Regex.Match(Toml, @"Content-Security-Policy = ""([^""]*)""").Groups[1].Value;
        Assert.Contains("script-src 'self' 'wasm-unsafe-eval'", csp);
        Assert.DoesNotContain("unsafe-inline", csp);
        Assert.Contains("frame-ancestors 'none'", csp);
        var immutable = Regex.Matches(Toml, @"for = ""([^""]*)""\s*\[headers\.values\]\s*Cache-Control = ""[^""]*immutable").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(["/assets/*"], immutable);
    }

    [Fact]
    public void The_build_installs_the_sdk_of_global_json_and_indexes_for_search()
    {
        Assert.Contains("dotnet-install.sh --jsonfile global.json", Toml);
        Assert.Contains("npm ci", Toml);
        Assert.DoesNotContain("--no-search", Toml);
        Assert.Contains("publish = \"public\"", Toml);
    }
}
