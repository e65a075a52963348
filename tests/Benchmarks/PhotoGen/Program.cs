using System.Globalization;
using ParkSiteGen.Tests.Support;

// PhotoGen DIR N: writes DIR/photo-001.jpg ... photo-N.jpg, 4000 x 3000 JPEGs at quality 90, as a phone takes them:
// EXIF orientation (every second photo 6, a portrait shot stored on its side, the others 1), GPS position, XMP. Each
// picture's seed is its file name, so the same N gives the same bytes on every machine.
if (args.Length != 2 || !int.TryParse(args[1], CultureInfo.InvariantCulture, out var count) || count < 1)
{
    Console.Error.WriteLine("usage: PhotoGen DIR N");
    return 2;
}

Directory.CreateDirectory(args[0]);
for (var i = 1; i <= count; i++)
{
    TestImages.Jpeg(Path.Combine(args[0], $"photo-{i:D3}.jpg"), 4000, 3000, orientation: i % 2 == 0 ? 6 : 1, withGps: true, quality: 90);
}

return 0;
