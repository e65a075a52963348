using System.Diagnostics;
using System.Net;
using System.Text;
using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using ParkSiteGen.Diagnostics;

namespace ParkSiteGen.Preview;

/// <summary>The local preview: Kestrel serving a <see cref="LiveSite"/> from memory on 127.0.0.1, watching the
/// site's files, and telling open tabs to reload (Server-Sent Events) or to show the error overlay.
/// Only exact paths of the built site are served: no file system path is ever built from a request.</summary>
public sealed class PreviewServer : IAsyncDisposable
{
    public const string Prefix = "/__parksitegen";
    private static readonly byte[] BodyEnd = "</body>"u8.ToArray();
    private static readonly byte[] ClientTag = Encoding.UTF8.GetBytes($"<script src=\"{Prefix}/client.js\" defer></script>\n");
    private readonly WebApplication _app;
    private readonly List<Channel<string>> _clients = [];
    private readonly Lock _clientsLock = new();
    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TextWriter _log;
    private LiveSite? _site;
    private ChangeWatcher? _watcher;
    private IReadOnlyList<Diagnostic> _shown = [];

    private PreviewServer(WebApplication app, TextWriter log)
    {
        _app = app;
        _log = log;
    }

    public Uri Address { get; private set; } = new("http://127.0.0.1/");

    public LiveSite Site => _site ?? throw new InvalidOperationException("not started");

    /// <summary>Times from a change seen to its reload event sent, in milliseconds, newest last.</summary>
    public List<double> ReloadLatencies { get; } = [];

    public string WatchMode => _watcher?.Mode ?? "";

    public static async Task<PreviewServer> StartAsync(string siteDir, string host, int port, bool includeDrafts, int? pollMilliseconds, TextWriter log)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = Path.GetFullPath(siteDir) });
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(options => options.Listen(IPAddress.Parse(host), port));
        var server = new PreviewServer(builder.Build(), log);
        server._app.Run(server.HandleAsync);
        await server._app.StartAsync();
        var bound = server._app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.Address = new Uri(bound.EndsWith('/') ? bound : bound + "/");

        // An edit must reload within 50 ms: avoid blocking full collections of the large heap a big site makes.
        System.Runtime.GCSettings.LatencyMode = System.Runtime.GCLatencyMode.SustainedLowLatency;

        // Links and canonical URLs point at the preview itself, so every link works locally.
        server._site = new LiveSite(siteDir, includeDrafts, server.Address);
        var first = server._site.BuildAll();
        server.Report(first, seenAt: null);
        server._site.WarmUp();
        var roots = new[] { Path.Combine(siteDir, "content"), Path.Combine(siteDir, "themes") };
        server._watcher = new ChangeWatcher(roots, pollMilliseconds, server.OnChange);
        server._ready.SetResult();
        return server;
    }

    private void OnChange(ChangeWatcher.Batch batch)
    {
        try
        {
            // Two phases: the changed park's own pages reload first, the listings (home, directory) right after.
            Site.Apply(batch.Files, update => Report(update, batch.FirstSeen));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A file mid-save can be locked or half written: the next event retries.
            _log.WriteLine($"  (could not read a changed file yet: {e.Message})");
        }
    }

    /// <summary>Tells the browsers and the terminal what an update did.</summary>
    private void Report(LiveSite.Update update, long? seenAt)
    {
        var diagnostics = update.Diagnostics;
        Broadcast("diagnostics", PreviewPayloads.Serialize(PreviewPayloads.Status.Of(diagnostics, Site.Sources)));
        var latency = seenAt is { } seen ? Stopwatch.GetElapsedTime(seen).TotalMilliseconds : (double?)null;
        if (update.ChangedPaths.Count > 0)
        {
            // latencyMs: from the change seen by the watcher to this event, for the reload benchmark.
            Broadcast("reload", PreviewPayloads.Serialize(new PreviewPayloads.Reload([.. update.ChangedPaths], latency)));
        }

        if (latency is { } ms && update.ChangedPaths.Count > 0)
        {
            lock (ReloadLatencies)
            {
                ReloadLatencies.Add(ms);
            }
        }

        if (!diagnostics.SequenceEqual(_shown))
        {
            DiagnosticPrinter.Print(diagnostics, Site.Sources, _log);
            _shown = diagnostics;
        }

        var pages = update.ChangedPaths.Contains("*") ? "every page" : $"{update.ChangedPaths.Count} page{(update.ChangedPaths.Count == 1 ? "" : "s")}";
        var timing = latency is { } l ? $"; reload sent {l:0.0} ms after the change was seen" : "";
        var state = update.HasErrors ? $" — {diagnostics.Count(d => d.IsError)} error(s): the browser shows them, the last good pages stay" : "";
        _log.WriteLine($"{DateTime.Now:HH:mm:ss} rebuilt {pages} in {update.Elapsed.TotalMilliseconds:0.0} ms{timing}{state}");
    }

    private void Broadcast(string name, string json)
    {
        var message = $"event: {name}\ndata: {json}\n\n";
        lock (_clientsLock)
        {
            foreach (var client in _clients)
            {
                client.Writer.TryWrite(message);
            }
        }
    }

    private async Task HandleAsync(HttpContext context)
    {
        await _ready.Task;
        var response = context.Response;
        response.Headers.CacheControl = "no-store";
        response.Headers["X-Content-Type-Options"] = "nosniff";
        if (!HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method))
        {
            response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            return;
        }

        var path = context.Request.Path.Value ?? "/";
        if (path.StartsWith(Prefix, StringComparison.Ordinal))
        {
            await HandleToolAsync(context, path[Prefix.Length..]);
            return;
        }

        if (SitePathResolver.Resolve(path, Site.Output) is not { } resolved)
        {
            await NotFoundAsync(context);
            return;
        }

        if (resolved.RedirectTo is { } target)
        {
            response.Redirect(target + context.Request.QueryString);
            return;
        }

        var file = resolved.File!;
        response.ContentType = ContentTypes.For(resolved.Key);
        if (file.Bytes is { } bytes)
        {
            await WriteAsync(response, resolved.Key.EndsWith(".html", StringComparison.Ordinal) ? Inject(bytes) : bytes);
        }
        else
        {
            await response.SendFileAsync(file.SourcePath!);
        }
    }

    private async Task HandleToolAsync(HttpContext context, string tool)
    {
        switch (tool)
        {
            case "/events":
                await StreamEventsAsync(context);
                break;
            case "/status":
                context.Response.ContentType = "application/json; charset=utf-8";
                await context.Response.WriteAsync(PreviewPayloads.Serialize(PreviewPayloads.Status.Of(Site.Diagnostics, Site.Sources)));
                break;
            case "/client.js":
                context.Response.ContentType = "text/javascript; charset=utf-8";
                await using (var stream = typeof(PreviewServer).Assembly.GetManifestResourceStream("Preview/client.js")!)
                {
                    await stream.CopyToAsync(context.Response.Body);
                }

                break;
            case "" or "/":
                context.Response.ContentType = "text/html; charset=utf-8";
                await WriteAsync(context.Response, Inject(Encoding.UTF8.GetBytes(StatusPage.Render(Site))));
                break;
            case "/side-by-side" when Site.Model is { } model:
                context.Response.ContentType = "text/html; charset=utf-8";
                await WriteAsync(context.Response, Encoding.UTF8.GetBytes(StatusPage.SideBySide(model, context.Request.Query["page"].ToString())));
                break;
            default:
                await NotFoundAsync(context);
                break;
        }
    }

    private async Task StreamEventsAsync(HttpContext context)
    {
        var response = context.Response;
        response.ContentType = "text/event-stream";
        var channel = Channel.CreateUnbounded<string>();
        lock (_clientsLock)
        {
            _clients.Add(channel);
        }

        try
        {
            await response.WriteAsync(": connected\n\n", context.RequestAborted);
            await response.Body.FlushAsync(context.RequestAborted);
            using var keepAlive = new Timer(_ => channel.Writer.TryWrite(": ping\n\n"), null, TimeSpan.FromSeconds(20), TimeSpan.FromSeconds(20));
            await foreach (var message in channel.Reader.ReadAllAsync(context.RequestAborted))
            {
                await response.WriteAsync(message, context.RequestAborted);
                await response.Body.FlushAsync(context.RequestAborted);
            }
        }
        catch (OperationCanceledException)
        {
            // The tab was closed.
        }
        finally
        {
            lock (_clientsLock)
            {
                _clients.Remove(channel);
            }
        }
    }

    private async Task NotFoundAsync(HttpContext context)
    {
        context.Response.StatusCode = StatusCodes.Status404NotFound;
        var language = Site.Model?.Site.DefaultLanguage.Code ?? "zh";
        if (Site.Output.Find($"{language}/404.html")?.Bytes is { } page)
        {
            context.Response.ContentType = "text/html; charset=utf-8";
            await WriteAsync(context.Response, Inject(page));
            return;
        }

        context.Response.ContentType = "text/plain; charset=utf-8";
        await context.Response.WriteAsync("404: no such page in the preview");
    }

    private static async Task WriteAsync(HttpResponse response, byte[] bytes)
    {
        response.ContentLength = bytes.Length;
        await response.Body.WriteAsync(bytes);
    }

    /// <summary>The live-reload script goes before &lt;/body&gt;: in the preview only, never in a build.</summary>
    private static byte[] Inject(byte[] html)
    {
        var at = html.AsSpan().LastIndexOf(BodyEnd);
        return at < 0 ? [.. html, .. ClientTag] : [.. html.AsSpan(0, at), .. ClientTag, .. html.AsSpan(at)];
    }

    public async ValueTask DisposeAsync()
    {
        _watcher?.Dispose();
        lock (_clientsLock)
        {
            foreach (var client in _clients)
            {
                client.Writer.TryComplete();
            }
        }

        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    public Task WaitForShutdownAsync() => _app.WaitForShutdownAsync();
}
