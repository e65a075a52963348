using System.Text;
using ParkSiteGen.Diagnostics;
using ParkSiteGen.Model;

namespace ParkSiteGen.Content;

/// <summary>A park as <see cref="ContentLoader"/> read it, in bytes: everything but its narratives' bodies, which are
/// read again from their files when a page that shows them is made. A build keeps one per park in its record; the next
/// build takes a park whose folder has not changed from there instead of reading and parsing its files again (a site
/// of a thousand parks has 33,000 of them, and one edit changes one).</summary>
public static class ParkSnapshot
{
    private const int Format = 2;

    public static byte[] Write(Park park)
    {
        using var stream = new MemoryStream();
        using (var w = new Writer(stream))
        {
            w.Write(Format);
            w.Write(park.Slug);
            w.SharedPath(park.Folder);
            Write(w, park.Name);
            Write(w, park.ShortName);
            w.Write7BitEncodedInt((int)park.Level);
            Write(w, park.Province);
            Write(w, park.City);
            w.Write(park.AreaKm2.HasValue);
            w.Write(park.AreaKm2 ?? 0m);
            w.Write(park.Established ?? int.MinValue);
            Write(w, park.Website);
            WriteList(w, park.Industries, Write);
            WriteList(w, park.Honors, (w, honor) =>
            {
                w.Write(honor.Year);
                Write(w, honor.Title);
                WriteOptional(w, honor.AwardedBy);
                WriteOptional(w, honor.Period);
                WriteOptional(w, honor.Note);
            });
            WriteDocuments(w, park.Profiles);
            WriteList(w, park.Years, (w, year) =>
            {
                w.Write(year.Year);
                w.SharedPath(year.Folder);
                WriteList(w, year.Indicators, Write);
                WriteList(w, year.Targets, Write);
                WriteList(w, year.Highlights, Write);
                WriteList(w, year.Sources, Write);
                WriteDocuments(w, year.Bulletins);
            });
            WriteList(w, park.Photos, (w, photo) =>
            {
                w.Write(photo.File);
                w.Write(photo.At.File);
                w.Write(photo.At.Line);
                w.Write(photo.At.Column);
                w.Write(photo.At.Length);
                Write(w, photo.Alt);
                WriteOptional(w, photo.Caption);
                WriteOptional(w, photo.Credit);
            });
        }

        return stream.ToArray();
    }

    /// <summary>The park, its indicators taken from <paramref name="global"/>'s catalogue; null when the bytes are of
    /// another format or name an indicator the catalogue no longer has (the park is then read from its files).</summary>
    public static Park? Read(byte[] bytes, ContentLoader.GlobalContent global, SourceTexts sources)
    {
        try
        {
            using var r = new Reader(new MemoryStream(bytes));
            if (r.ReadInt32() != Format)
            {
                return null;
            }

            var slug = r.ReadString();
            var folder = r.SharedPath();
            var name = ReadLocalized(r);
            var shortName = ReadLocalized(r);
            var level = (ParkLevel)r.Read7BitEncodedInt();
            var province = ReadLocalized(r);
            var city = ReadLocalized(r);
            var hasArea = r.ReadBoolean();
            var area = r.ReadDecimal();
            var established = r.ReadInt32();
            var website = ReadString(r);
            var industries = ReadList(r, ReadLocalized);
            var honors = ReadList(r, r => new Honor(r.ReadInt32(), ReadLocalized(r), ReadOptional(r), ReadOptional(r), ReadOptional(r)));
            var profiles = ReadDocuments(r, sources);
            var years = ReadList(r, r =>
            {
                var year = r.ReadInt32();
                var yearFolder = r.SharedPath();
                var indicators = ReadList(r, r => ReadFigure(r, global.Catalogue));
                var targets = ReadList(r, r => ReadFigure(r, global.Catalogue));
                return new YearReport(year, yearFolder, indicators, targets, ReadList(r, ReadLocalized), ReadList(r, ReadLocalized), ReadDocuments(r, sources));
            });
            var photos = ReadList(r, r => new Photo(r.ReadString(), new SourceLocation(r.ReadString(), r.ReadInt32(), r.ReadInt32(), r.ReadInt32()),
                ReadLocalized(r), ReadOptional(r), ReadOptional(r)));
            return new Park(slug, folder, name, shortName, level, province, city, hasArea ? area : null,
                established == int.MinValue ? null : established, website, industries, honors, profiles, years) { Photos = photos };
        }
        catch (Exception e) when (e is EndOfStreamException or IOException or FormatException or KeyNotFoundException or ArgumentException)
        {
            return null;
        }
    }

    private static void Write(Writer w, Figure figure)
    {
        w.Shared(figure.Indicator.Key);
        w.Write(figure.Value, compact: true);
        w.Write7BitEncodedInt((int)figure.Qualifier);
        w.Write7BitEncodedInt((int)figure.Status);
        w.Write(figure.Yoy.HasValue);
        if (figure.Yoy is { } yoy)
        {
            w.Write(yoy, compact: true);
        }

        w.Write7BitEncodedInt(figure.Of ?? -1);
        WriteOptional(w, figure.Period);
        w.Write7BitEncodedInt(figure.TargetYear ?? -1);
        WriteOptional(w, figure.Note);
        w.Shared(figure.Location.File);
        w.Write7BitEncodedInt(figure.Location.Line);
        w.Write7BitEncodedInt(figure.Location.Column);
        w.Write7BitEncodedInt(figure.Location.Length);
    }

    private static Figure ReadFigure(Reader r, IReadOnlyDictionary<string, Indicator> catalogue)
    {
        var indicator = catalogue[r.Shared()];
        var value = r.ReadCompactDecimal();
        var qualifier = (Qualifier)r.Read7BitEncodedInt();
        var status = (FigureStatus)r.Read7BitEncodedInt();
        decimal? yoy = r.ReadBoolean() ? r.ReadCompactDecimal() : null;
        var of = r.Read7BitEncodedInt();
        var period = ReadOptional(r);
        var targetYear = r.Read7BitEncodedInt();
        var note = ReadOptional(r);
        var location = new SourceLocation(r.Shared(), r.Read7BitEncodedInt(), r.Read7BitEncodedInt(), r.Read7BitEncodedInt());
        return new Figure(indicator, value, qualifier, status, yoy, of < 0 ? null : of, period, targetYear < 0 ? null : targetYear, note, location);
    }

    private static void WriteDocuments(Writer w, IReadOnlyDictionary<Language, Document> documents)
    {
        w.Write7BitEncodedInt(documents.Count);
        foreach (var (language, d) in documents)
        {
            w.Shared(language.Code);
            w.SharedPath(d.File);
            w.SharedPath(d.FullPath);
            w.Write(d.Title);
            w.Write7BitEncodedInt(d.Date?.DayNumber ?? -1);
            Write(w, d.Summary);
            w.Write(d.Draft);
            w.Write7BitEncodedInt(d.BodyLine);
        }
    }

    private static Dictionary<Language, Document> ReadDocuments(Reader r, SourceTexts sources)
    {
        var documents = new Dictionary<Language, Document>();
        for (var n = r.Read7BitEncodedInt(); n > 0; n--)
        {
            var language = Language.Find(r.Shared()) ?? throw new FormatException("a language this program does not know");
            var file = r.SharedPath();
            var fullPath = r.SharedPath();
            var title = r.ReadString();
            var day = r.Read7BitEncodedInt();
            var summary = ReadString(r);
            var draft = r.ReadBoolean();
            var bodyLine = r.Read7BitEncodedInt();
            documents[language] = Document.ReadLater(language, file, fullPath, title, day < 0 ? null : DateOnly.FromDayNumber(day), summary, draft, bodyLine,
                () => DocumentReader.BodyOf(fullPath, file, sources));
        }

        return documents;
    }

    private static void Write(Writer w, Localized text)
    {
        Write(w, text.Shared);
        if (text.Shared is null)
        {
            w.Write7BitEncodedInt(text.Texts.Count);
            foreach (var (code, value) in text.Texts)
            {
                w.Shared(code);
                w.Write(value);
            }
        }
    }

    private static Localized ReadLocalized(Reader r)
    {
        if (ReadString(r) is { } shared)
        {
            return Localized.Same(shared);
        }

        var texts = new (string, string)[r.Read7BitEncodedInt()];
        for (var i = 0; i < texts.Length; i++)
        {
            texts[i] = (r.Shared(), r.ReadString());
        }

        return Localized.PerLanguage(texts);
    }

    private static void WriteOptional(Writer w, Localized? text)
    {
        w.Write(text is not null);
        if (text is not null)
        {
            Write(w, text);
        }
    }

    private static Localized? ReadOptional(Reader r) => r.ReadBoolean() ? ReadLocalized(r) : null;

    private static void Write(Writer w, string? text)
    {
        w.Write(text is not null);
        if (text is not null)
        {
            w.Write(text);
        }
    }

    private static string? ReadString(Reader r) => r.ReadBoolean() ? r.ReadString() : null;

    private static void WriteList<T>(Writer w, IReadOnlyList<T> items, Action<Writer, T> write)
    {
        w.Write7BitEncodedInt(items.Count);
        foreach (var item in items)
        {
            write(w, item);
        }
    }

    private static List<T> ReadList<T>(Reader r, Func<Reader, T> read)
    {
        var count = r.Read7BitEncodedInt();
        var items = new List<T>(count);
        for (var i = 0; i < count; i++)
        {
            items.Add(read(r));
        }

        return items;
    }

    /// <summary>Strings that repeat (an indicator's key, the data file every figure of a year points to, language
    /// codes) written once and then by number: they were most of a snapshot's bytes.</summary>
    private sealed class Writer(Stream stream) : BinaryWriter(stream, Encoding.UTF8)
    {
        private readonly Dictionary<string, int> _seen = new(StringComparer.Ordinal);

        public void Shared(string text)
        {
            if (_seen.TryGetValue(text, out var index))
            {
                Write7BitEncodedInt(index + 1);
                return;
            }

            Write7BitEncodedInt(0);
            Write(text);
            _seen[text] = _seen.Count;
        }

        /// <summary>A path as its folder (shared: a year's files have one) and its name.</summary>
        public void SharedPath(string path)
        {
            var end = path.LastIndexOfAny(['/', '\\']) + 1;
            Shared(path[..end]);
            Write(path[end..]);
        }

        /// <summary>A decimal whose digits fit in 64 bits (a figure's always do) in a few bytes, not sixteen.</summary>
        public void Write(decimal value, bool compact)
        {
            Span<int> bits = stackalloc int[4];
            decimal.GetBits(value, bits);
            if (!compact || bits[2] != 0)
            {
                Write(byte.MaxValue);
                Write(value);
                return;
            }

            Write((byte)(((bits[3] >> 16) & 0x7F) | (bits[3] < 0 ? 0x80 : 0))); // scale (at most 28) and sign
            Write7BitEncodedInt64((long)(((ulong)(uint)bits[1] << 32) | (uint)bits[0]));
        }
    }

    private sealed class Reader(Stream stream) : BinaryReader(stream, Encoding.UTF8)
    {
        private readonly List<string> _seen = [];

        public string Shared()
        {
            var index = Read7BitEncodedInt();
            if (index > 0)
            {
                return _seen[index - 1];
            }

            var text = ReadString();
            _seen.Add(text);
            return text;
        }

        public string SharedPath() => Shared() + ReadString();

        public decimal ReadCompactDecimal()
        {
            var head = ReadByte();
            if (head == byte.MaxValue)
            {
                return ReadDecimal();
            }

            var digits = (ulong)Read7BitEncodedInt64();
            return new decimal((int)(uint)digits, (int)(uint)(digits >> 32), 0, (head & 0x80) != 0, (byte)(head & 0x7F));
        }
    }
}
