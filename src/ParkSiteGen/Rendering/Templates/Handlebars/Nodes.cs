using System.Collections;
using System.Globalization;

namespace ParkSiteGen.Rendering.Templates.Handlebars;

// The executable form of a template: a tree of nodes, each writing its part of the page. Made once per
// template; a page is rendered by walking the tree with the page's view model, nothing else is built.

internal abstract class Node
{
    public abstract void Render(Scope scope, PageBuffer output);

    public static void RenderAll(Node[] nodes, Scope scope, PageBuffer output)
    {
        foreach (var node in nodes)
        {
            node.Render(scope, output);
        }
    }
}

internal sealed class TextNode(string text) : Node
{
    public string Text { get; } = text;

    public override void Render(Scope scope, PageBuffer output) => output.Write(Text);
}

/// <summary>{{value}} (HTML-escaped) or {{{value}}} (as is).</summary>
internal sealed class ValueNode(ValuePath path, bool escape) : Node
{
    public override void Render(Scope scope, PageBuffer output)
    {
        switch (path.Evaluate(scope))
        {
            case null:
                break;
            case string text when escape:
                output.WriteEscaped(text);
                break;
            case string text:
                output.Write(text);
                break;
            case HtmlFragment html when !escape:
                html.WriteTo(output);
                break;
            case var other:
                var shown = Truth.Show(other);
                if (escape)
                {
                    output.WriteEscaped(shown);
                }
                else
                {
                    output.Write(shown);
                }

                break;
        }
    }
}

/// <summary>{{#if value}} and {{#unless value}}: the context stays the same.</summary>
internal sealed class IfNode(ValuePath condition, bool negate, Node[] then, Node[] otherwise) : Node
{
    public override void Render(Scope scope, PageBuffer output) =>
        RenderAll(Truth.IsTruthy(condition.Evaluate(scope)) != negate ? then : otherwise, scope, output);
}

/// <summary>{{#with value}}: the value becomes the context; {{else}} when it is empty.</summary>
internal sealed class WithNode(ValuePath value, Node[] then, Node[] otherwise) : Node
{
    public override void Render(Scope scope, PageBuffer output)
    {
        var context = value.Evaluate(scope);
        if (Truth.IsEmpty(context))
        {
            RenderAll(otherwise, scope, output);
        }
        else
        {
            var inner = scope.Enter(context);
            RenderAll(then, inner, output);
            Scope.Leave(inner);
        }
    }
}

/// <summary>{{#each list}}: the body once per item (the item as context, with @index, @first, @last, and @key
/// for a dictionary); {{else}} when there is none.</summary>
internal sealed class EachNode(ValuePath list, Node[] body, Node[] otherwise) : Node
{
    public override void Render(Scope scope, PageBuffer output)
    {
        var value = list.Evaluate(scope);
        var count = value switch
        {
            null or string => 0,
            IList items => Items(items, scope, output),
            IDictionary dictionary => Entries(dictionary, scope, output),
            IEnumerable sequence => Sequence(sequence, scope, output),
            _ => throw new TemplateRuntimeException(list.Position, $"{{{{#each {list.Original}}}}} needs a list, and '{list.Original}' is a single value: use {{{{#with {list.Original}}}}}"),
        };
        if (count == 0)
        {
            RenderAll(otherwise, scope, output);
        }
    }

    private int Items(IList items, Scope scope, PageBuffer output)
    {
        if (items.Count == 0)
        {
            return 0;
        }

        var inner = Scope.BeginLoop(scope);
        var loop = inner.Loop!;
        try
        {
            for (var i = 0; i < items.Count; i++)
            {
                inner.This = items[i];
                loop.Index = i;
                loop.First = i == 0;
                loop.Last = i == items.Count - 1;
                RenderAll(body, inner, output);
            }
        }
        finally
        {
            Scope.EndLoop(inner);
        }

        return items.Count;
    }

    private int Entries(IDictionary dictionary, Scope scope, PageBuffer output)
    {
        var inner = Scope.BeginLoop(scope);
        var loop = inner.Loop!;
        var i = 0;
        try
        {
            foreach (DictionaryEntry entry in dictionary)
            {
                inner.This = entry.Value;
                loop.Index = i;
                loop.Key = entry.Key;
                loop.First = i == 0;
                loop.Last = i == dictionary.Count - 1;
                RenderAll(body, inner, output);
                i++;
            }
        }
        finally
        {
            Scope.EndLoop(inner);
        }

        return i;
    }

    /// <summary>Any other sequence, read one item ahead to know the last.</summary>
    private int Sequence(IEnumerable sequence, Scope scope, PageBuffer output)
    {
        var inner = Scope.BeginLoop(scope);
        var loop = inner.Loop!;
        var enumerator = sequence.GetEnumerator();
        var i = 0;
        try
        {
            var more = enumerator.MoveNext();
            while (more)
            {
                var item = enumerator.Current;
                more = enumerator.MoveNext();
                inner.This = item;
                loop.Index = i;
                loop.First = i == 0;
                loop.Last = !more;
                RenderAll(body, inner, output);
                i++;
            }
        }
        finally
        {
            (enumerator as IDisposable)?.Dispose();
            Scope.EndLoop(inner);
        }

        return i;
    }
}

/// <summary>A section {{#Value}} … {{/Value}} (Handlebars' blockHelperMissing): a list is iterated like each,
/// true shows the body, an absent or false value the {{else}} part, any other value becomes the context.</summary>
internal sealed class SectionNode(ValuePath value, Node[] body, Node[] otherwise) : Node
{
    private readonly EachNode _each = new(value, body, otherwise);

    public override void Render(Scope scope, PageBuffer output)
    {
        switch (value.Evaluate(scope))
        {
            case true:
                RenderAll(body, scope, output);
                break;
            case false or null:
                RenderAll(otherwise, scope, output);
                break;
            case IEnumerable and not string:
                _each.Render(scope, output);
                break;
            case var context:
                var inner = scope.Enter(context);
                RenderAll(body, inner, output);
                Scope.Leave(inner);
                break;
        }
    }
}

/// <summary>{{> name}} or {{> name context}}; a standalone partial's lines are indented as its tag was.</summary>
internal sealed class PartialNode(PartialReference partial, ValuePath? context, string indent, Position position) : Node
{
    private const int MaxDepth = 64;

    public override void Render(Scope scope, PageBuffer output)
    {
        if (t_depth >= MaxDepth)
        {
            throw new TemplateRuntimeException(position, $"partials are nested more than {MaxDepth} deep: does '{partial.Name}' include itself?");
        }

        // Without a context value the partial runs in the caller's scope itself (nothing in a scope changes inside it).
        var inner = context is null ? scope : scope.Enter(context.Evaluate(scope));
        t_depth++;
        try
        {
            RenderBody(inner, output);
        }
        finally
        {
            t_depth--;
        }

        if (inner != scope)
        {
            Scope.Leave(inner);
        }
    }

    /// <summary>How many partials deep the page being rendered on this thread is.</summary>
    [ThreadStatic]
    private static int t_depth;

    private void RenderBody(Scope inner, PageBuffer output)
    {
        if (indent.Length == 0)
        {
            RenderAll(partial.Body, inner, output);
            return;
        }

        var start = output.Length;
        RenderAll(partial.Body, inner, output);
        // The partial's output is taken back and written again, indented: through a pooled copy, since a page
        // has hundreds of indented partials (table rows, cells) and strings for them would be garbage at once.
        var length = output.Length - start;
        var written = System.Buffers.ArrayPool<char>.Shared.Rent(Math.Max(length, 1));
        output.Span[start..].CopyTo(written);
        output.Truncate(start);
        Indent(written.AsSpan(0, length), output);
        System.Buffers.ArrayPool<char>.Shared.Return(written);
    }

    /// <summary>Every line gets the indent, except an empty last one (as handlebars.js does).</summary>
    private void Indent(ReadOnlySpan<char> text, PageBuffer output)
    {
        while (true)
        {
            var end = text.IndexOf('\n');
            if (end < 0)
            {
                if (text.Length > 0)
                {
                    output.Write(indent);
                    output.Write(text);
                }

                return;
            }

            output.Write(indent);
            output.Write(text[..end]);
            output.Write('\n');
            text = text[(end + 1)..];
        }
    }
}

/// <summary>Handlebars' notions of true and empty, and how a non-text value prints.</summary>
internal static class Truth
{
    /// <summary>What {{#if}} takes as true: not null, false, "", 0 or an empty list.</summary>
    public static bool IsTruthy(object? value) => value switch
    {
        null => false,
        bool flag => flag,
        string text => text.Length > 0,
        int number => number != 0,
        long number => number != 0,
        double number => number != 0 && !double.IsNaN(number),
        decimal number => number != 0,
        ICollection collection => collection.Count > 0,
        IEnumerable sequence => HasAny(sequence),
        _ => true,
    };

    /// <summary>What {{#with}} skips: null, false, "" or an empty list (0 is not empty there, as in handlebars.js).</summary>
    public static bool IsEmpty(object? value) => value switch
    {
        null => true,
        bool flag => !flag,
        string text => text.Length == 0,
        ICollection collection => collection.Count == 0,
        IEnumerable sequence => !HasAny(sequence),
        _ => false,
    };

    public static string Show(object value) => value switch
    {
        bool flag => flag ? "true" : "false",
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    private static bool HasAny(IEnumerable sequence)
    {
        var enumerator = sequence.GetEnumerator();
        try
        {
            return enumerator.MoveNext();
        }
        finally
        {
            (enumerator as IDisposable)?.Dispose();
        }
    }
}
