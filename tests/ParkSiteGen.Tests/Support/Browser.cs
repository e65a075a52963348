using Microsoft.Playwright;

namespace ParkSiteGen.Tests.Support;

/// <summary>Debian's Chromium, driven by Playwright (its own browser downloads are not available here).
/// Without Chromium the browser tests are skipped and say why; PARKSITEGEN_REQUIRE_BROWSER=1 (set by CI)
/// makes a missing browser a failure instead.</summary>
public static class Browser
{
    public const string Executable = "/usr/bin/chromium";
    public const string RequireVariable = "PARKSITEGEN_REQUIRE_BROWSER";

    public static bool Required => Environment.GetEnvironmentVariable(RequireVariable) == "1";

    public static string? SkipReason =>
        File.Exists(Executable) || Required
            ? null
            : $"Chromium is not installed at {Executable}, so the browser tests are skipped. Install it (apt-get install chromium fonts-wqy-microhei), or set {RequireVariable}=1 to make this a failure.";

    public static Task<IBrowser> LaunchAsync(IPlaywright playwright)
    {
        if (!File.Exists(Executable))
        {
            throw new InvalidOperationException($"{RequireVariable}=1 but Chromium is not installed at {Executable}: install it with apt-get install chromium fonts-wqy-microhei");
        }

        return playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Executable,
            Headless = true,
            // Root in a container needs --no-sandbox; the rest keeps Chromium off the (closed) network.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
        });
    }

    /// <summary>Where screenshots go: TestResults/artifacts/ at the repository root (CI keeps them).</summary>
    public static string Artifact(string name)
    {
        var folder = Path.Combine(Repo.Root, "TestResults", "artifacts");
        Directory.CreateDirectory(folder);
        return Path.Combine(folder, name);
    }
}

/// <summary>A test that needs the browser: skipped, with the reason, where Chromium is missing (outside CI).</summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute() => Skip = Browser.SkipReason;
}

/// <summary>A browser theory: the same rule as <see cref="BrowserFactAttribute"/>.</summary>
public sealed class BrowserTheoryAttribute : TheoryAttribute
{
    public BrowserTheoryAttribute() => Skip = Browser.SkipReason;
}
