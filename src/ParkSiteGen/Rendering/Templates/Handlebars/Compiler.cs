namespace ParkSiteGen.Rendering.Templates.Handlebars;

/// <summary>Turns a parsed template into nodes: text runs merged, every path compiled, each block bound to
/// its built-in (if, unless, each, with) or made a section, every partial tied to its reference.</summary>
internal static class Compiler
{
    public static Node[] Compile(ProgramSyntax? program, Func<string, Position, PartialReference> partial)
    {
        if (program is null)
        {
            return [];
        }

        var nodes = new List<Node>();
        var text = new System.Text.StringBuilder();
        foreach (var statement in program.Body)
        {
            if (statement is ContentStatement content)
            {
                text.Append(content.Value);
                continue;
            }

            if (statement is CommentStatement)
            {
                continue;
            }

            if (text.Length > 0)
            {
                nodes.Add(new TextNode(text.ToString()));
                text.Clear();
            }

            nodes.Add(statement switch
            {
                MustacheStatement mustache => new ValueNode(new ValuePath(mustache.Path), mustache.Escaped),
                BlockStatement block => Block(block, partial),
                PartialStatement call => new PartialNode(partial(call.Name, call.Position), call.Context is null ? null : new ValuePath(call.Context), call.Indent, call.Position),
                _ => throw new InvalidOperationException("unknown statement " + statement.GetType().Name),
            });
        }

        if (text.Length > 0)
        {
            nodes.Add(new TextNode(text.ToString()));
        }

        return [.. nodes];
    }

    private static Node Block(BlockStatement block, Func<string, Position, PartialReference> partial)
    {
        var path = new ValuePath(block.Argument!);
        var body = Compile(block.Program, partial);
        var otherwise = Compile(block.Inverse, partial);
        return block.Name switch
        {
            "if" => new IfNode(path, negate: false, body, otherwise),
            "unless" => new IfNode(path, negate: true, body, otherwise),
            "each" => new EachNode(path, body, otherwise),
            "with" => new WithNode(path, body, otherwise),
            _ => new SectionNode(path, body, otherwise),
        };
    }
}

/// <summary>The built-in block helpers; any other block name is a section over a value of that name.</summary>
internal static class Helpers
{
    public static readonly string[] BuiltIn = ["if", "unless", "each", "with"];

    public static bool IsBuiltIn(string name) => BuiltIn.Contains(name);
}

/// <summary>A partial as templates refer to it: found by name when the template is compiled, its body filled
/// in when the partial is registered (a partial may use one registered after it).</summary>
internal sealed class PartialReference(string name)
{
    public string Name { get; } = name;

    public Node[] Body { get; set; } = [];

    public bool Defined { get; set; }

    /// <summary>Where it is used, for the message when it does not exist.</summary>
    public List<Position> Uses { get; } = [];
}
