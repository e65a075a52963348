namespace ParkSiteGen.Tests.Support;

/// <summary>The basic fixture site with photos the test makes itself (TestImages): alpha-edz's park.yml lists a
/// portrait JPEG taken on a phone held upright (stored 1200 x 800 with EXIF orientation 6 and a GPS position) and a PNG
/// with transparency; its Chinese profile shows a WebP alone in a paragraph, with a caption, and the same JPEG inline.</summary>
public static class PhotoSite
{
    public const string Park = "content/parks/alpha-edz";

    /// <summary>Copies the fixture into <paramref name="temp"/> ("site/") and adds the photos; returns the site folder.</summary>
    public static string Create(TempDir temp)
    {
        var site = temp.CopySite("basic-site");
        var images = Path.Combine(site, Park, "images");
        TestImages.Jpeg(Path.Combine(images, "hall.jpg"), 1200, 800, orientation: 6, withGps: true);
        TestImages.Png(Path.Combine(images, "logo.png"), 300, 200, alpha: true);
        TestImages.Webp(Path.Combine(images, "yard.webp"), 2000, 1000);
        File.AppendAllText(Path.Combine(site, Park, "park.yml"), """
            photos:
              - file: images/hall.jpg
                alt: { zh: 展厅内景, en: Inside the exhibition hall }
                caption: { zh: 展厅一角 }
                credit: { zh: 园区管委会, en: Park committee }
              - file: images/logo.png
                alt: { zh: 园区标志, en: The park's emblem }
                caption: { zh: 园区标志, en: The park's emblem }

            """);
        File.AppendAllText(Path.Combine(site, Park, "profile.zh.md"), """

            ![园区一角](images/yard.webp "园区绿化一角")

            展厅（![展厅](images/hall.jpg)）位于园区中部。

            """);
        return site;
    }
}
