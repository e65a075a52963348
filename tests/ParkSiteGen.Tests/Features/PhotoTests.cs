using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using ParkSiteGen.Tests.Support;

namespace ParkSiteGen.Tests.Features;

/// <summary>Photos in park.yml and in narratives: published as processed files only (upright, every metadata gone,
/// each width in WebP and a fallback), shown as pictures with their sizes, captions in the page's language or visibly
/// in the other, cached between builds, and every bad image an error naming its file.</summary>
public class PhotoTests
{
    private const string MediaFolder = "media/parks/alpha-edz/images";

    private static CliResult Build(string site, string output, params string[] more) =>
        Parksitegen.Run(["build", site, "--out", output, "--no-search", .. more]);

    private static IDocument Page(string output, string path) =>
        new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(output, path, "index.html")));

    [Fact]
    public void Park_photos_and_narrative_photos_render_as_pictures_in_both_languages()
    {
        using var temp = new TempDir();
        var site = PhotoSite.Create(temp);
        var result = Build(site, temp["public"]);
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("3 photos encoded", result.Stdout);

        var zh = Page(temp["public"], "zh/parks/alpha-edz");
        var pictures = zh.QuerySelectorAll("picture").ToList();
        Assert.Equal(4, pictures.Count); // the yard (a figure) and the hall (inline) in the narrative, then the two park photos

        // The narrative's photo alone in its paragraph is a figure with its title as the caption; the first picture of
        // the page loads at once, the others lazily.
        var yard = zh.QuerySelector(".narrative figure.photo")!;
        Assert.Equal("园区绿化一角", yard.QuerySelector("figcaption")!.TextContent);
        var yardImg = yard.QuerySelector("img")!;
        Assert.Null(yardImg.GetAttribute("loading"));
        Assert.All(pictures.Skip(1), p => Assert.Equal("lazy", p.QuerySelector("img")!.GetAttribute("loading")));
        Assert.Equal("园区一角", yardImg.GetAttribute("alt"));
        Assert.Equal(("1600", "800"), (yardImg.GetAttribute("width"), yardImg.GetAttribute("height")));
        var webp = yard.QuerySelector("source")!;
        Assert.Equal("image/webp", webp.GetAttribute("type"));
        Assert.Matches(@"^/media/parks/alpha-edz/images/yard\.[0-9a-f]{16}-480\.webp 480w, \S+-960\.webp 960w, \S+-1600\.webp 1600w$", webp.GetAttribute("srcset"));
        Assert.Matches(@"-480\.jpg 480w, \S+-960\.jpg 960w, \S+-1600\.jpg 1600w$", yardImg.GetAttribute("srcset"));
        Assert.EndsWith("-960.jpg", yardImg.GetAttribute("src"));
        Assert.Equal(yardImg.GetAttribute("sizes"), webp.GetAttribute("sizes"));

        // The inline photo stays in its sentence: a picture, no figure.
        var inline = zh.QuerySelectorAll(".narrative p picture").Single();
        Assert.Equal("展厅", inline.QuerySelector("img")!.GetAttribute("alt"));

        // The portrait stored landscape with EXIF orientation 6 is shown upright: 800 x 1200, so its own width is the
        // largest (it is narrower than 960).
        var hall = zh.QuerySelectorAll("#photos-heading ~ figure.photo").First();
        var hallImg = hall.QuerySelector("img")!;
        Assert.Equal(("800", "1200"), (hallImg.GetAttribute("width"), hallImg.GetAttribute("height")));
        Assert.Matches(@"-480\.jpg 480w, \S+-800\.jpg 800w$", hallImg.GetAttribute("srcset"));
        Assert.Equal("展厅一角 图片：园区管委会", hall.QuerySelector("figcaption")!.TextContent);

        // The English page: the caption not yet translated is the Chinese one, marked as such; the alt text and the
        // credit are English.
        var en = Page(temp["public"], "en/parks/alpha-edz");
        var enHall = en.QuerySelectorAll("#photos-heading ~ figure.photo").First();
        Assert.Equal("Inside the exhibition hall", enHall.QuerySelector("img")!.GetAttribute("alt"));
        var caption = enHall.QuerySelector("figcaption")!;
        Assert.Equal("zh-CN", caption.QuerySelector("span[lang]")!.GetAttribute("lang"));
        Assert.Equal("展厅一角", caption.QuerySelector("span[lang]")!.TextContent);
        Assert.Contains("(Chinese only)", caption.TextContent);
        Assert.Contains("Photo: Park committee", caption.TextContent);
        Assert.Null(en.QuerySelectorAll("picture").First().QuerySelector("img")!.GetAttribute("loading"));

        // Every src and srcset names a file that was published.
        foreach (var page in new[] { zh, en })
        {
            foreach (var url in page.QuerySelectorAll("picture source, picture img").SelectMany(e => (e.GetAttribute("srcset") ?? "").Split(", ", StringSplitOptions.RemoveEmptyEntries).Select(s => s.Split(' ')[0]).Append(e.GetAttribute("src") ?? "")).Where(u => u.Length > 0))
            {
                Assert.True(File.Exists(Path.Combine(temp["public"], url.TrimStart('/'))), url);
            }
        }
    }

    [Fact]
    public void Published_files_are_upright_resized_stripped_and_never_the_photo_itself()
    {
        using var temp = new TempDir();
        var site = PhotoSite.Create(temp);
        Assert.Equal(0, Build(site, temp["public"]).ExitCode);
        var files = Directory.GetFiles(Path.Combine(temp["public"], MediaFolder)).Select(Path.GetFileName).Order().ToList();
        string One(string pattern) => Path.Combine(temp["public"], MediaFolder, files.Single(f => System.Text.RegularExpressions.Regex.IsMatch(f!, pattern))!);

        // No source file is published: the JPEG with its GPS position, the PNG, the WebP.
        Assert.DoesNotContain("hall.jpg", files);
        Assert.DoesNotContain("logo.png", files);
        Assert.DoesNotContain("yard.webp", files);

        // hall: 800 x 1200 upright, at 480 and its own 800, WebP and JPEG; logo (transparent PNG, 300 wide): only its
        // own width, WebP and PNG; yard (a WebP without transparency): 480, 960, 1600, WebP and JPEG.
        Assert.Equal((480, 720), TestImages.Size(One(@"^hall\.[0-9a-f]{16}-480\.webp$")));
        Assert.Equal((800, 1200), TestImages.Size(One(@"^hall\.[0-9a-f]{16}-800\.jpg$")));
        Assert.Equal((300, 200), TestImages.Size(One(@"^logo\.[0-9a-f]{16}-300\.png$")));
        Assert.Equal((300, 200), TestImages.Size(One(@"^logo\.[0-9a-f]{16}-300\.webp$")));
        Assert.Equal((1600, 800), TestImages.Size(One(@"^yard\.[0-9a-f]{16}-1600\.jpg$")));
        Assert.Equal(4 + 2 + 6, files.Count(f => f != "gate.svg"));

        // Nothing about where or with what a photo was taken: no EXIF (so no GPS, no orientation left to apply twice),
        // no XMP, no colour profile; the source had them.
        Assert.True(TestImages.HasMetadata(Path.Combine(site, PhotoSite.Park, "images", "hall.jpg")));
        Assert.All(files, f => Assert.False(TestImages.HasMetadata(Path.Combine(temp["public"], MediaFolder, f!)), f));
    }

    [Fact]
    public void Processed_photos_are_cached_beside_the_output_and_a_rebuild_encodes_none()
    {
        using var temp = new TempDir();
        var site = PhotoSite.Create(temp);
        FileTimes.Settle(site, 0);
        var output = temp["public"];
        Assert.Contains("3 photos encoded", Build(site, output).Stdout);
        var cache = Path.Combine(temp.Path, ".public.parksitegen", "images");
        Assert.Equal(3, Directory.GetDirectories(cache).Length);
        Assert.Empty(Directory.GetDirectories(output, "*parksitegen*", SearchOption.AllDirectories));
        var first = Tree.Hashes(output);

        // Nothing changed: nothing is encoded, nothing even rebuilt.
        Assert.Contains("Up to date", Build(site, output).Stdout);

        // A narrative edited: its pages are made again, no photo is.
        File.AppendAllText(Path.Combine(site, PhotoSite.Park, "profile.en.md"), "\nOne more sentence.\n");
        FileTimes.Settle(site, 1);
        var edited = Build(site, output);
        Assert.DoesNotContain("encoded", edited.Stdout);

        // A clean build, or a new version of the program (the record is then of no use): every photo from the cache.
        var clean = Build(site, output, "--clean");
        Assert.Contains("0 photos encoded, 3 from the cache", clean.Stdout);
        File.WriteAllText(Path.Combine(site, PhotoSite.Park, "profile.en.md"), File.ReadAllText(Path.Combine(Repo.Fixture("basic-site"), PhotoSite.Park, "profile.en.md")));
        Assert.Equal(0, Build(site, output).ExitCode);
        Assert.Equal(first, Tree.Hashes(output));

        // A photo replaced: only it is encoded, under a new name; the old one's cache entry goes.
        TestImages.Jpeg(Path.Combine(site, PhotoSite.Park, "images", "hall.jpg"), 1200, 800, orientation: 6, seed: 7);
        var replaced = Build(site, output);
        Assert.Contains("1 photo encoded", replaced.Stdout);
        Assert.Equal(3, Directory.GetDirectories(cache).Length);
        Assert.NotEqual(first.Keys.Where(k => k.Contains("/hall.", StringComparison.Ordinal)).Order(), Tree.Hashes(output).Keys.Where(k => k.Contains("/hall.", StringComparison.Ordinal)).Order());
    }

    [Fact]
    public void Site_yml_sets_the_widths_and_the_quality_and_a_change_encodes_again()
    {
        using var temp = new TempDir();
        var site = PhotoSite.Create(temp);
        Assert.Equal(0, Build(site, temp["public"]).ExitCode);
        var before = new FileInfo(Directory.GetFiles(Path.Combine(temp["public"], MediaFolder), "yard.*-960.webp").Single()).Length;
        File.AppendAllText(Path.Combine(site, "content", "site.yml"), "photos: { widths: [320, 960], quality: 40 }\n");

        var result = Build(site, temp["public"]);
        Assert.Contains("3 photos encoded", result.Stdout);
        var files = Directory.GetFiles(Path.Combine(temp["public"], MediaFolder), "yard.*").Select(Path.GetFileName).ToList();
        Assert.Equal(["-320.jpg", "-320.webp", "-960.jpg", "-960.webp"], files.Select(f => f![f!.LastIndexOf('-')..]).Order());
        Assert.True(new FileInfo(Directory.GetFiles(Path.Combine(temp["public"], MediaFolder), "yard.*-960.webp").Single()).Length < before);
        Assert.Contains("-320.webp 320w", File.ReadAllText(Path.Combine(temp["public"], "zh/parks/alpha-edz/index.html")));
    }

    [Fact]
    public void Avif_when_the_site_asks_offered_first_and_stripped_too()
    {
        using var temp = new TempDir();
        var site = PhotoSite.Create(temp);
        File.AppendAllText(Path.Combine(site, "content", "site.yml"), "photos: { avif: true }\n");
        Assert.Contains("3 photos encoded", Build(site, temp["public"]).Stdout);

        var avif = Directory.GetFiles(Path.Combine(temp["public"], MediaFolder), "*.avif").Select(Path.GetFileName).Order().ToList();
        Assert.Equal(2 + 1 + 3, avif.Count); // hall at 480 and 800, logo at 300, yard at 480, 960 and 1600
        Assert.All(avif, f => Assert.False(TestImages.HasMetadata(Path.Combine(temp["public"], MediaFolder, f!)), f));
        Assert.Equal((800, 1200), TestImages.Size(Directory.GetFiles(Path.Combine(temp["public"], MediaFolder), "hall.*-800.avif").Single()));

        var sources = Page(temp["public"], "zh/parks/alpha-edz").QuerySelector(".narrative figure.photo picture")!.QuerySelectorAll("source").ToList();
        Assert.Equal(["image/avif", "image/webp"], sources.Select(s => s.GetAttribute("type")));
        Assert.Matches(@"-480\.avif 480w, \S+-960\.avif 960w, \S+-1600\.avif 1600w$", sources[0].GetAttribute("srcset"));
    }

    [Fact]
    public void The_output_is_byte_identical_across_builds_and_jobs()
    {
        using var temp = new TempDir();
        var site = PhotoSite.Create(temp);
        Assert.Equal(0, Build(site, temp["one"], "--jobs", "1").ExitCode);
        Directory.Delete(Path.Combine(temp.Path, ".one.parksitegen"), recursive: true); // no cache: encoded again
        Assert.Contains("3 photos encoded", Build(site, temp["one"], "--jobs", "1", "--clean").Stdout);
        Assert.Equal(0, Build(site, temp["many"], "--jobs", "4").ExitCode);
        Assert.Equal(Tree.Hashes(temp["one"]), Tree.Hashes(temp["many"]));
    }

    public static TheoryData<string, Action<string>, string, string> BadImages => new()
    {
        { "truncated", site => TestImages.Truncated(Path.Combine(site, PhotoSite.Park, "images", "hall.jpg")), "content/parks/alpha-edz/images/hall.jpg", "damaged, cut short" },
        { "large photo truncated", site => TruncatedLarge(Path.Combine(site, PhotoSite.Park, "images", "hall.jpg")), "content/parks/alpha-edz/images/hall.jpg", "ends before the picture does" },
        { "not an image", site => TestImages.NotAnImage(Path.Combine(site, PhotoSite.Park, "images", "hall.jpg")), "content/parks/alpha-edz/park.yml:", "cannot be read" },
        { "30,000 x 30,000", site => TestImages.HugeHeader(Path.Combine(site, PhotoSite.Park, "images", "hall.jpg")), "content/parks/alpha-edz/park.yml:", "30,000 x 30,000 pixels" },
        { "decompression bomb", site => TestImages.PngBomb(Path.Combine(site, PhotoSite.Park, "images", "logo.png")), "content/parks/alpha-edz/park.yml:", "too large" },
        { "narrative photo damaged", site => TestImages.NotAnImage(Path.Combine(site, PhotoSite.Park, "images", "yard.webp")), "content/parks/alpha-edz/profile.zh.md:", "cannot be read" },
        { "photo outside content", site => Replace(site, "file: images/logo.png", "file: ../../../../secret.jpg"), "content/parks/alpha-edz/park.yml:", "outside the content folder" },
        { "photo missing", site => Replace(site, "file: images/logo.png", "file: images/lgoo.png"), "content/parks/alpha-edz/park.yml:", "did you mean 'logo.png'" },
        { "photo without alt", site => Replace(site, "    alt: { zh: 园区标志, en: The park's emblem }\n", ""), "content/parks/alpha-edz/park.yml:", "needs 'alt'" },
        { "photo in another format", site => Replace(site, "file: images/logo.png", "file: images/logo.gif"), "content/parks/alpha-edz/park.yml:", "JPEG, PNG or WebP" },
    };

    /// <summary>A 4,000 x 3,000 photo cut in half: shrunk while it loads, where libvips would otherwise finish it in grey.</summary>
    private static void TruncatedLarge(string path)
    {
        TestImages.Jpeg(path, 4000, 3000);
        var bytes = File.ReadAllBytes(path);
        File.WriteAllBytes(path, bytes[..(bytes.Length / 2)]);
    }

    private static void Replace(string site, string from, string to)
    {
        var file = Path.Combine(site, PhotoSite.Park, "park.yml");
        var text = File.ReadAllText(file);
        Assert.Contains(from, text);
        File.WriteAllText(file, text.Replace(from, to, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(BadImages))]
    public void A_bad_image_is_an_error_naming_its_file_and_publishes_nothing(string name, Action<string> breakIt, string where, string message)
    {
        using var temp = new TempDir();
        var site = PhotoSite.Create(temp);
        var output = temp["public"];
        Assert.Equal(0, Build(site, output).ExitCode);
        var before = Tree.Hashes(output);
        File.WriteAllText(Path.Combine(temp.Path, "secret.jpg"), "not for the site");
        breakIt(site);

        var result = Build(site, output);
        Assert.True(result.ExitCode == 1, $"{name}: {result}");
        Assert.Contains(where, result.Stderr);
        Assert.Contains(message, result.Stderr);
        Assert.DoesNotContain("   at ", result.Stderr);
        Assert.Equal(before, Tree.Hashes(output));
    }
}
