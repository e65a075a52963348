namespace ParkSiteGen.Rendering.Templates.Handlebars;

// The parsed template, shaped like handlebars.js's AST so that its whitespace rules (WhitespaceControl) apply
// to it one for one. The compiler turns it into executable nodes (Nodes.cs).

/// <summary>Where a tag is in its file, for messages.</summary>
internal readonly record struct Position(string File, int Line, int Column);

/// <summary>The '~' flags of a tag: strip the whitespace before it (Open) or after it (Close).</summary>
internal readonly record struct Strip(bool Open, bool Close);

internal abstract class Statement(Position position)
{
    public Position Position { get; } = position;
}

/// <summary>Text between tags. <see cref="Original"/> stays as written (the standalone tests look at it);
/// <see cref="Value"/> is what is left after whitespace control.</summary>
internal sealed class ContentStatement(Position position, string original) : Statement(position)
{
    public string Original { get; } = original;

    public string Value { get; set; } = original;

    public bool LeftStripped { get; set; }

    public bool RightStripped { get; set; }
}

/// <summary>{{path}} (escaped) or {{{path}}} / {{&amp;path}} (raw).</summary>
internal sealed class MustacheStatement(Position position, PathSyntax path, bool escaped, Strip strip) : Statement(position)
{
    public PathSyntax Path { get; } = path;

    public bool Escaped { get; } = escaped;

    public Strip Strip { get; } = strip;
}

/// <summary>{{#name arg}}…{{else}}…{{/name}}, {{^name}}…{{/name}}, and the blocks of an {{else if …}} chain.</summary>
internal sealed class BlockStatement(Position position, string name, PathSyntax? argument) : Statement(position)
{
    public string Name { get; } = name;

    /// <summary>The block's one argument (if/unless/each/with), or null for a section {{#Value}}.</summary>
    public PathSyntax? Argument { get; } = argument;

    public ProgramSyntax? Program { get; set; }

    public ProgramSyntax? Inverse { get; set; }

    public Strip OpenStrip { get; set; }

    public Strip InverseStrip { get; set; }

    public Strip CloseStrip { get; set; }
}

/// <summary>{{> name}} or {{> name contextPath}}.</summary>
internal sealed class PartialStatement(Position position, string name, PathSyntax? context, Strip strip) : Statement(position)
{
    public string Name { get; } = name;

    public PathSyntax? Context { get; } = context;

    public Strip Strip { get; } = strip;

    /// <summary>The whitespace a standalone partial is indented by: every line of its output gets it.</summary>
    public string Indent { get; set; } = "";
}

internal sealed class CommentStatement(Position position, Strip strip) : Statement(position)
{
    public Strip Strip { get; } = strip;
}

/// <summary>A sequence of statements: a template's body, a block's body or its {{else}} part.</summary>
internal sealed class ProgramSyntax
{
    public List<Statement> Body { get; } = [];

    /// <summary>An {{else if …}} part: its body is the one chained block.</summary>
    public bool Chained { get; init; }
}

/// <summary>A value's path: this, Name, Name.Member, ../Name, @root.Name, @index.</summary>
/// <param name="Depth">How many ../ lead it: the context of an enclosing each or with.</param>
/// <param name="Data">The @-variable it starts from (root, index, first, last, key), or null for the context.</param>
/// <param name="Segments">The member names to follow, in order; empty for this.</param>
internal sealed record PathSyntax(string Original, int Depth, string? Data, string[] Segments, Position Position);
