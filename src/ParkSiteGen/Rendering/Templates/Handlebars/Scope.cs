namespace ParkSiteGen.Rendering.Templates.Handlebars;

/// <summary>The context a template statement runs in: the current value (this), the context it was entered
/// from (what ../ reads: each and with push one, if and unless do not, as in Handlebars 4), the page's
/// view model (@root) and the loop variables of the nearest each.</summary>
internal sealed class Scope(object? current, Scope? parent, object root, LoopData? loop)
{
    public object? This { get; set; } = current;

    public Scope? Parent { get; } = parent;

    public object Root { get; } = root;

    public LoopData? Loop { get; } = loop;

    /// <summary>How many partials deep this runs, to stop a partial that includes itself forever.</summary>
    public int PartialDepth { get; init; }

    /// <summary>A context entered from this one (with, a section, a partial with a context value).</summary>
    public Scope Enter(object? value) => new(value, this, Root, Loop) { PartialDepth = PartialDepth };
}

/// <summary>@index, @first, @last and @key of the current iteration of an each; one per loop, updated in place.</summary>
internal sealed class LoopData
{
    public int Index { get; set; }

    public bool First { get; set; }

    public bool Last { get; set; }

    public object? Key { get; set; }
}
