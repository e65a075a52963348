using System.Text.RegularExpressions;

namespace ParkSiteGen.Rendering.Templates.Handlebars;

/// <summary>Handlebars' whitespace rules, ported one for one from handlebars.js (compiler/whitespace-control.js)
/// so templates print exactly what they print under Handlebars: a line holding only a block tag, an {{else}},
/// a comment or a partial ("standalone") disappears with its line break; '~' strips all whitespace on its side;
/// a standalone partial is indented like its tag. Runs once per template, at compile time.</summary>
internal static partial class WhitespaceControl
{
    private sealed record StripInfo(bool Open, bool Close, bool OpenStandalone = false, bool CloseStandalone = false, bool InlineStandalone = false);

    public static void Apply(ProgramSyntax root) => Program(root, isRoot: true);

    private static void Program(ProgramSyntax program, bool isRoot)
    {
        var body = program.Body;
        for (var i = 0; i < body.Count; i++)
        {
            var current = body[i];
            var strip = Accept(current);
            if (strip is null)
            {
                continue;
            }

            var prevWhitespace = IsPrevWhitespace(body, i, isRoot);
            var nextWhitespace = IsNextWhitespace(body, i, isRoot);
            var openStandalone = strip.OpenStandalone && prevWhitespace;
            var closeStandalone = strip.CloseStandalone && nextWhitespace;
            var inlineStandalone = strip.InlineStandalone && prevWhitespace && nextWhitespace;

            if (strip.Close)
            {
                OmitRight(body, i, multiple: true);
            }

            if (strip.Open)
            {
                OmitLeft(body, i, multiple: true);
            }

            if (inlineStandalone)
            {
                OmitRight(body, i);
                if (OmitLeft(body, i) && current is PartialStatement partial)
                {
                    // The partial's output is indented as its tag was.
                    partial.Indent = TrailingBlanks().Match(((ContentStatement)body[i - 1]).Original).Groups[1].Value;
                }
            }

            if (openStandalone && current is BlockStatement openBlock)
            {
                OmitRight((openBlock.Program ?? openBlock.Inverse)!.Body, null);
                OmitLeft(body, i);
            }

            if (closeStandalone && current is BlockStatement closeBlock)
            {
                OmitRight(body, i);
                OmitLeft(LastPart(closeBlock).Body, null);
            }
        }
    }

    /// <summary>The part of a block its closing tag ends: its {{else}} part, or with an {{else if}} chain the last
    /// part of the last link. (handlebars.js looks at the chain itself, so the blanks before {{/if}} after an
    /// {{else if}} stay; Handlebars.Net, whose output ParkSiteGen keeps, strips them like any standalone line.)</summary>
    private static ProgramSyntax LastPart(BlockStatement block)
    {
        var part = (block.Inverse ?? block.Program)!;
        while (part.Chained)
        {
            var link = (BlockStatement)part.Body[^1];
            part = (link.Inverse ?? link.Program)!;
        }

        return part;
    }

    private static StripInfo? Accept(Statement statement) => statement switch
    {
        BlockStatement block => Block(block),
        MustacheStatement mustache => new StripInfo(mustache.Strip.Open, mustache.Strip.Close),
        PartialStatement partial => new StripInfo(partial.Strip.Open, partial.Strip.Close, InlineStandalone: true),
        CommentStatement comment => new StripInfo(comment.Strip.Open, comment.Strip.Close, InlineStandalone: true),
        _ => null,
    };

    private static StripInfo Block(BlockStatement block)
    {
        if (block.Program is { } body)
        {
            Program(body, isRoot: false);
        }

        if (block.Inverse is { } inverseBody)
        {
            Program(inverseBody, isRoot: false);
        }

        // The inverse part the whitespace rules look at: with an {{else if}} chain, its first and last links.
        var program = (block.Program ?? block.Inverse)!;
        var inverse = block.Program is not null ? block.Inverse : null;
        var firstInverse = inverse;
        var lastInverse = inverse;
        if (inverse is { Chained: true })
        {
            firstInverse = ((BlockStatement)inverse.Body[0]).Program!;
            while (lastInverse!.Chained)
            {
                // As handlebars.js walks it: the body of the chain's last link (not its own {{else}}).
                lastInverse = ((BlockStatement)lastInverse.Body[^1]).Program!;
            }
        }

        var strip = new StripInfo(block.OpenStrip.Open, block.CloseStrip.Close,
            OpenStandalone: IsNextWhitespace(program.Body, null, isRoot: false),
            CloseStandalone: IsPrevWhitespace((firstInverse ?? program).Body, null, isRoot: false));

        if (block.OpenStrip.Close)
        {
            OmitRight(program.Body, null, multiple: true);
        }

        if (inverse is not null)
        {
            if (block.InverseStrip.Open)
            {
                OmitLeft(program.Body, null, multiple: true);
            }

            if (block.InverseStrip.Close)
            {
                OmitRight(firstInverse!.Body, null, multiple: true);
            }

            if (block.CloseStrip.Open)
            {
                OmitLeft(lastInverse!.Body, null, multiple: true);
            }

            // A standalone {{else}}.
            if (IsPrevWhitespace(program.Body, null, isRoot: false) && IsNextWhitespace(firstInverse!.Body, null, isRoot: false))
            {
                OmitLeft(program.Body, null);
                OmitRight(firstInverse.Body, null);
            }
        }
        else if (block.CloseStrip.Open)
        {
            OmitLeft(program.Body, null, multiple: true);
        }

        return strip;
    }

    /// <summary>Whether what precedes position <paramref name="i"/> (the end of the body when null) ends a line.</summary>
    private static bool IsPrevWhitespace(List<Statement> body, int? i, bool isRoot)
    {
        var index = i ?? body.Count;
        if (index - 1 < 0)
        {
            return isRoot;
        }

        if (body[index - 1] is not ContentStatement prev)
        {
            return false;
        }

        var hasSibling = index - 2 >= 0;
        return (hasSibling || !isRoot ? EndsWithLineBreak() : EndsLineOrIsBlank()).IsMatch(prev.Original);
    }

    /// <summary>Whether what follows position <paramref name="i"/> (the start of the body when null) starts with a line end.</summary>
    private static bool IsNextWhitespace(List<Statement> body, int? i, bool isRoot)
    {
        var index = i ?? -1;
        if (index + 1 >= body.Count)
        {
            return isRoot;
        }

        if (body[index + 1] is not ContentStatement next)
        {
            return false;
        }

        var hasSibling = index + 2 < body.Count;
        return (hasSibling || !isRoot ? StartsWithLineBreak() : StartsWithLineBreakOrIsBlank()).IsMatch(next.Original);
    }

    /// <summary>Strips the whitespace at the start of the text after position <paramref name="i"/> (the body's first when null):
    /// up to and including one line break, or all of it when <paramref name="multiple"/> ('~').</summary>
    private static void OmitRight(List<Statement> body, int? i, bool multiple = false)
    {
        var index = i is null ? 0 : i.Value + 1;
        if (index >= body.Count || body[index] is not ContentStatement current || (!multiple && current.RightStripped))
        {
            return;
        }

        var original = current.Value;
        current.Value = (multiple ? LeadingWhitespace() : LeadingBlanksAndLineBreak()).Replace(original, "", 1);
        current.RightStripped = current.Value != original;
    }

    /// <summary>Strips the whitespace at the end of the text before position <paramref name="i"/> (the body's last when null):
    /// the blanks of its last line, or all of it when <paramref name="multiple"/>. Says whether anything was stripped.</summary>
    private static bool OmitLeft(List<Statement> body, int? i, bool multiple = false)
    {
        var index = i is null ? body.Count - 1 : i.Value - 1;
        if (index < 0 || body[index] is not ContentStatement current || (!multiple && current.LeftStripped))
        {
            return false;
        }

        var original = current.Value;
        current.Value = (multiple ? TrailingWhitespace() : TrailingBlanksOnly()).Replace(original, "", 1);
        current.LeftStripped = current.Value != original;
        return current.LeftStripped;
    }

    [GeneratedRegex(@"\r?\n\s*?\z")]
    private static partial Regex EndsWithLineBreak();

    [GeneratedRegex(@"(^|\r?\n)\s*?\z")]
    private static partial Regex EndsLineOrIsBlank();

    [GeneratedRegex(@"^\s*?\r?\n")]
    private static partial Regex StartsWithLineBreak();

    [GeneratedRegex(@"^\s*?(\r?\n|\z)")]
    private static partial Regex StartsWithLineBreakOrIsBlank();

    [GeneratedRegex(@"^\s+")]
    private static partial Regex LeadingWhitespace();

    [GeneratedRegex(@"^[ \t]*\r?\n?")]
    private static partial Regex LeadingBlanksAndLineBreak();

    [GeneratedRegex(@"\s+\z")]
    private static partial Regex TrailingWhitespace();

    [GeneratedRegex(@"[ \t]+\z")]
    private static partial Regex TrailingBlanksOnly();

    [GeneratedRegex(@"([ \t]+\z)")]
    private static partial Regex TrailingBlanks();
}
