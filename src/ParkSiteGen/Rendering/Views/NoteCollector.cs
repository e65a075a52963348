using System.Globalization;
using ParkSiteGen.Model;

namespace ParkSiteGen.Rendering.Views;

/// <summary>Turns figure notes into numbered footnotes of one table, with links both ways.</summary>
public sealed class NoteCollector(ViewContext context, string tableId)
{
    private readonly List<NoteView> _notes = [];

    public IReadOnlyList<NoteView> Notes => _notes;

    public IReadOnlyList<NoteRefView> Add(Localized? note)
    {
        if (note is null)
        {
            return [];
        }

        var number = (_notes.Count + 1).ToString(CultureInfo.InvariantCulture);
        var noteId = $"{tableId}-note-{number}";
        var refId = $"{tableId}-ref-{number}";
        _notes.Add(new NoteView(number, noteId, context.Text(note), "#" + refId, context.S["back_to_note"]));
        return [new NoteRefView(context.S.Format("note_label", ("number", number)), number, "#" + noteId, refId)];
    }
}
