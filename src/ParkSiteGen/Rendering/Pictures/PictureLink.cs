using ParkSiteGen.Images;

namespace ParkSiteGen.Rendering.Pictures;

/// <summary>A photo a narrative shows, as its link resolved it: its files, and how this site writes their addresses.</summary>
public sealed record PictureLink(PictureFiles Files, Func<string, string> Href, string Sizes);
