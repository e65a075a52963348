using BenchmarkDotNet.Attributes;
using ParkSiteGen.Content;
using ParkSiteGen.Diagnostics;
using ParkSiteGen.Model;
using ParkSiteGen.Output;
using ParkSiteGen.Pipeline;
using ParkSiteGen.Rendering;
using ParkSiteGen.Rendering.Templates;
using ParkSiteGen.Site;

namespace ParkSiteGen.Benchmarks;

/// <summary>Each stage of the pipeline on its own, on the site in PARKSITEGEN_BENCH_SITE (default: the sample
/// site in content/). Rendering runs on one thread, so a figure is a cost per site, not a parallel speed-up.</summary>
[MemoryDiagnoser]
public class StageBenchmarks
{
    private Stages _stages = null!;

    [GlobalSetup]
    public void Setup() => _stages = Stages.Prepare(Stages.SiteFromEnvironment());

    [Benchmark]
    public int LoadContent() => _stages.LoadContent().Parks.Count;

    [Benchmark]
    public int BuildSiteModel() => _stages.BuildModel().Pages.Count;

    [Benchmark]
    public int LoadTheme() => _stages.LoadTheme().Templates.Layouts.Count();

    [Benchmark]
    public int RenderMarkdown() => _stages.RenderMarkdown();

    [Benchmark]
    public int RenderPages() => _stages.RenderPages();

    [Benchmark]
    public int WriteSiteFiles() => _stages.WriteSiteFiles();
}

/// <summary>The stages, set up once on a site: what the benchmarks and the profiling loop call.</summary>
public sealed class Stages
{
    private readonly string _siteDir;
    private ContentSet _content = null!;
    private SiteModel _model = null!;
    private Theme _theme = null!;

    private Stages(string siteDir) => _siteDir = siteDir;

    public static string SiteFromEnvironment() =>
        Environment.GetEnvironmentVariable("PARKSITEGEN_BENCH_SITE") is { Length: > 0 } site ? site : Path.Combine(RepositoryRoot(), ".");

    public static Stages Prepare(string siteDir)
    {
        var stages = new Stages(siteDir);
        stages._content = stages.LoadContent();
        stages._model = stages.BuildModel();
        stages._theme = stages.LoadTheme();
        return stages;
    }

    public ContentSet LoadContent() =>
        ContentLoader.Load(_siteDir, new DiagnosticBag(), new SourceTexts()) ?? throw new InvalidOperationException($"{_siteDir} has errors: build it to see them");

    public SiteModel BuildModel()
    {
        var model = SiteModelBuilder.Build(_content, _content.Site.BaseUrl, includeDrafts: false, new DiagnosticBag(), ParkSiteGen.Pipeline.SiteFeatures.SitePages);
        _ = model.Pages.Count;
        return model;
    }

    public Theme LoadTheme() =>
        Theme.Load(_siteDir, _content.Site, new DiagnosticBag(), new SourceTexts()) ?? throw new InvalidOperationException("the theme has errors");

    public int RenderMarkdown()
    {
        var renderer = new Rendering.Markdown.MarkdownRenderer(Rendering.Markdown.MarkdownPipelines.For(_model.Site.AllowHtml), new Rendering.Markdown.LinkResolver(_model, Rendering.Pictures.PictureCatalog.For(_model)));
        using var buffer = new PageBuffer();
        var length = 0;
        foreach (var page in _model.Pages)
        {
            if (page.Document is { } document)
            {
                // Written into a page buffer, as a page is: a narrative's HTML is never a string.
                buffer.Clear();
                renderer.Render(document, new DiagnosticBag()).Html?.WriteTo(buffer);
                length += buffer.Length;
            }
        }

        return length;
    }

    public int RenderPages() =>
        new SiteRenderer(_model, _theme, SiteFeatures.PageKinds) { MaxParallelism = 1 }.WritePages(_model.Pages, new NullOutput(), _ => new DiagnosticBag(), _ => { });

    /// <summary>Each kind of page rendered on one thread, then every narrative's Markdown alone: what a page of each
    /// kind costs once the code is warm (the `kinds` mode prints it).</summary>
    public List<(string What, int Count, double Ms)> RenderByKind()
    {
        var renderer = new SiteRenderer(_model, _theme, SiteFeatures.PageKinds) { MaxParallelism = 1 };
        var result = new List<(string, int, double)>();
        foreach (var group in _model.Pages.GroupBy(p => p.Key.Kind))
        {
            var clock = System.Diagnostics.Stopwatch.StartNew();
            var count = renderer.WritePages(group, new NullOutput(), _ => new DiagnosticBag(), _ => { });
            result.Add((group.Key.ToString(), count, clock.Elapsed.TotalMilliseconds));
        }

        var markdown = System.Diagnostics.Stopwatch.StartNew();
        RenderMarkdown();
        result.Add(("Markdown alone", _model.Pages.Count(p => p.Document is not null), markdown.Elapsed.TotalMilliseconds));
        return result;
    }

    /// <summary>Every file of the site that is not a page (SiteFeatures.Files: open data, feeds, sitemap...).</summary>
    public int WriteSiteFiles()
    {
        var output = new NullOutput();
        var renderer = new SiteRenderer(_model, _theme, SiteFeatures.PageKinds);
        var diagnostics = new DiagnosticBag();
        foreach (var file in SiteFeatures.Files)
        {
            file.Write(renderer, output, diagnostics);
        }

        return output.FileCount;
    }

    private static string RepositoryRoot()
    {
        var folder = AppContext.BaseDirectory;
        while (folder is not null && !File.Exists(Path.Combine(folder, "ParkSiteGen.sln")))
        {
            folder = Path.GetDirectoryName(folder);
        }

        return folder ?? throw new InvalidOperationException("run from inside the repository, or set PARKSITEGEN_BENCH_SITE");
    }

    /// <summary>Counts what would be written, and writes nothing: the benchmarks measure the work, not the disk.</summary>
    private sealed class NullOutput : ISiteOutput
    {
        private int _files;

        public int FileCount => _files;

        public void Write(string relativePath, ReadOnlySpan<byte> bytes) => Interlocked.Increment(ref _files);

        public void CopyFile(string relativePath, string sourcePath) => Interlocked.Increment(ref _files);

        public Stream OpenWrite(string relativePath)
        {
            Interlocked.Increment(ref _files);
            return Stream.Null;
        }
    }
}
