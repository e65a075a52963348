using System.Net.Sockets;
using System.Text;
using ParkSiteGen.Preview;
using ParkSiteGen.Tests.Support;

namespace ParkSiteGen.Tests.Preview;

/// <summary>Nothing outside the built site is ever served, whatever the request path looks like.</summary>
public sealed class PreviewServerFixture : IAsyncLifetime
{
    private readonly TempDir _temp = new();

    public PreviewServer Server { get; private set; } = null!;

    public string SiteDir { get; private set; } = "";

    public async Task InitializeAsync()
    {
        SiteDir = _temp.CopySite("basic-site");
        File.WriteAllText(Path.Combine(_temp.Path, "secret.txt"), "outside the site");
        Server = await PreviewServer.StartAsync(SiteDir, "127.0.0.1", 0, includeDrafts: true, pollMilliseconds: null, TextWriter.Null);
    }

    public async Task DisposeAsync()
    {
        await Server.DisposeAsync();
        _temp.Dispose();
    }
}

public class PreviewSecurityTests(PreviewServerFixture preview) : IClassFixture<PreviewServerFixture>
{
    /// <summary>Sends the request line exactly as written: HttpClient would clean up '..' before sending.</summary>
    private async Task<(int Status, string Body)> RawGetAsync(string target)
    {
        using var tcp = new TcpClient();
        await tcp.ConnectAsync("127.0.0.1", preview.Server.Address.Port);
        var stream = tcp.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes($"GET {target} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"));
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var response = await reader.ReadToEndAsync();
        var status = response.Length > 12 ? int.Parse(response[9..12], System.Globalization.CultureInfo.InvariantCulture) : 0;
        return (status, response);
    }

    [Theory]
    [InlineData("/../secret.txt")]
    [InlineData("/../../../../etc/passwd")]
    [InlineData("/zh/../../secret.txt")]
    [InlineData("/%2e%2e/secret.txt")]
    [InlineData("/%2e%2e/%2e%2e/%2e%2e/etc/passwd")]
    [InlineData("/zh/%2e%2e/%2e%2e/secret.txt")]
    [InlineData("/%252e%252e/secret.txt")]
    [InlineData("/..%2fsecret.txt")]
    [InlineData("/..%5csecret.txt")]
    [InlineData("/zh/..%5c..%5csecret.txt")]
    [InlineData("/%5c..%5c..%5csecret.txt")]
    [InlineData("/etc/passwd")]
    [InlineData("//etc/passwd")]
    [InlineData("/C:/Windows/win.ini")]
    [InlineData("/c:%5cwindows%5cwin.ini")]
    [InlineData("/content/site.yml")]
    [InlineData("/.parksitegen")]
    [InlineData("/assets/")]
    [InlineData("/zh/parks/alpha-edz/2021/data.yml")]
    public async Task Traversal_attempts_get_404(string target)
    {
        var (status, body) = await RawGetAsync(target);

        Assert.True(status is 404 or 400, $"{target} answered {status}");
        Assert.DoesNotContain("outside the site", body);
        Assert.DoesNotContain("root:", body);
    }

    [Fact]
    public async Task Folders_are_never_listed()
    {
        var (status, _) = await RawGetAsync("/media/parks/alpha-edz/images/");
        Assert.Equal(404, status);
    }

    [Fact]
    public async Task Pages_are_served_with_the_reload_script_and_folders_redirect()
    {
        var (status, body) = await RawGetAsync("/zh/parks/alpha-edz/");
        Assert.Equal(200, status);
        Assert.Contains("/__parksitegen/client.js", body);

        var (redirect, headers) = await RawGetAsync("/zh/parks");
        Assert.Equal(302, redirect);
        Assert.Contains("Location: /zh/parks/", headers, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task The_status_page_lists_every_park_and_year_with_its_languages()
    {
        var (status, body) = await RawGetAsync("/__parksitegen/");
        Assert.Equal(200, status);
        Assert.Contains("alpha-edz / 2022", body);
        Assert.Contains("missing", body);
        Assert.Contains("beta-etdz / 2024", body);
        Assert.Contains("draft", body);
    }

    [Fact]
    public void The_server_listens_on_loopback_only_by_default() =>
        Assert.Equal("127.0.0.1", preview.Server.Address.Host);
}
