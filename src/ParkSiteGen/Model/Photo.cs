using ParkSiteGen.Diagnostics;

namespace ParkSiteGen.Model;

/// <summary>A photo of a park, from park.yml's photos: list.</summary>
/// <param name="File">Its path in content/ ("parks/x/images/hall.jpg").</param>
/// <param name="At">Where park.yml names the file: a photo that cannot be published is reported there.</param>
public sealed record Photo(string File, SourceLocation At, Localized Alt, Localized? Caption, Localized? Credit);
