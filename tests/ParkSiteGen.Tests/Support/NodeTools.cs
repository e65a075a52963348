namespace ParkSiteGen.Tests.Support;

/// <summary>The Node tools of package.json (Pagefind, html-validate), installed by `npm ci` at the repository root.
/// Without them their tests are skipped and say why; PARKSITEGEN_REQUIRE_NODE=1 (set by CI) makes that a failure.</summary>
public static class NodeTools
{
    public const string RequireVariable = "PARKSITEGEN_REQUIRE_NODE";

    public static bool Required => Environment.GetEnvironmentVariable(RequireVariable) == "1";

    public static string Bin(string tool) => Path.Combine(Repo.Root, "node_modules", ".bin", tool);

    public static string? SkipReason(string tool) =>
        File.Exists(Bin(tool)) || Required
            ? null
            : $"{tool} is not installed: building ParkSiteGen runs `npm ci` when Node.js is on the PATH (or run it at the repository root), so this test is skipped; set {RequireVariable}=1 to make this a failure.";
}

/// <summary>A test that needs one of the Node tools (html-validate, pagefind): skipped, with the reason, where it is missing
/// (outside CI).</summary>
public sealed class NodeToolFactAttribute : FactAttribute
{
    public NodeToolFactAttribute(string tool) => Skip = NodeTools.SkipReason(tool);
}

/// <summary>A browser test of the published site with its search index: needs Chromium and Pagefind.</summary>
public sealed class SearchFactAttribute : FactAttribute
{
    public SearchFactAttribute() => Skip = Browser.SkipReason ?? NodeTools.SkipReason("pagefind");
}
