namespace ParkSiteGen.Rendering.Templates.Handlebars;

/// <summary>The context a template statement runs in: the current value (this), the context it was entered
/// from (what ../ reads: each and with push one, if and unless do not, as in Handlebars 4), the page's
/// view model (@root) and the loop variables of the nearest each.</summary>
internal sealed class Scope(object? current, Scope? parent, object root, LoopData? loop)
{
    public object? This { get; set; } = current;

    public Scope? Parent { get; private set; } = parent;

    public object Root { get; private set; } = root;

    public LoopData? Loop { get; private set; } = loop;

    /// <summary>This thread's spare scopes: a page runs hundreds of loops (rows, cells) and enters thousands of
    /// contexts (a with in each cell), each needing a scope only while it runs, so they are reused rather than made
    /// anew. Loop scopes keep their loop variables; entered ones share their parent's.</summary>
    [ThreadStatic]
    private static Stack<Scope>? t_spares;

    [ThreadStatic]
    private static Stack<Scope>? t_spareEntered;

    /// <summary>A context entered from this one (with, a section, a partial with a context value); give it back
    /// with <see cref="Leave"/> once its body is rendered. One not given back (the render failed) is simply not reused.</summary>
    public Scope Enter(object? value)
    {
        if (t_spareEntered is not { Count: > 0 } spares)
        {
            return new Scope(value, this, Root, Loop);
        }

        var scope = spares.Pop();
        scope.This = value;
        scope.Parent = this;
        scope.Root = Root;
        scope.Loop = Loop;
        return scope;
    }

    public static void Leave(Scope entered)
    {
        entered.This = null;
        entered.Parent = null;
        entered.Loop = null;
        (t_spareEntered ??= new Stack<Scope>()).Push(entered);
    }

    /// <summary>The scope of an each entered from <paramref name="outer"/>; give it back with <see cref="EndLoop"/>.</summary>
    public static Scope BeginLoop(Scope outer)
    {
        var scope = t_spares is { Count: > 0 } spares ? spares.Pop() : new Scope(null, null, outer.Root, new LoopData());
        scope.Parent = outer;
        scope.Root = outer.Root;
        scope.Loop!.Key = null;
        return scope;
    }

    public static void EndLoop(Scope scope)
    {
        scope.This = null;
        scope.Parent = null;
        (t_spares ??= new Stack<Scope>()).Push(scope);
    }
}

/// <summary>@index, @first, @last and @key of the current iteration of an each; one per loop, updated in place.</summary>
internal sealed class LoopData
{
    public int Index { get; set; }

    public bool First { get; set; }

    public bool Last { get; set; }

    /// <summary>A dictionary entry's key; null in a list, whose @key is its @index.</summary>
    public object? Key { get; set; }
}
