namespace ParkSiteGen.Rendering.Templates.Handlebars;

/// <summary>A compiled path (Title, Park.Href, ../Rel, @root.T.key, @index): finds its value in a scope.
/// Each member step remembers the last model type it met and that type's getter, so a page after the first
/// reads a value with one type check and one delegate call.</summary>
internal sealed class ValuePath
{
    private readonly PathSyntax _syntax;
    private readonly Step[] _steps;

    public ValuePath(PathSyntax syntax)
    {
        _syntax = syntax;
        _steps = syntax.Segments.Select(name => new Step(name)).ToArray();
    }

    public Position Position => _syntax.Position;

    public string Original => _syntax.Original;

    public object? Evaluate(Scope scope)
    {
        object? value;
        switch (_syntax.Data)
        {
            case null:
                var context = scope;
                for (var d = 0; d < _syntax.Depth; d++)
                {
                    context = context.Parent ?? throw new TemplateRuntimeException(Position,
                        $"'{Original}' goes up more levels (../) than there are {{{{#each}}}} or {{{{#with}}}} blocks around it");
                }

                value = context.This;
                break;
            case "root":
                value = scope.Root;
                break;
            default:
                return Data(scope);
        }

        foreach (var step in _steps)
        {
            if (value is null)
            {
                return null; // a member of an absent value is absent too: {{#if Notice.Source}} with no Notice
            }

            value = step.Read(value, this);
        }

        return value;
    }

    private object? Data(Scope scope)
    {
        if (scope.Loop is not { } loop)
        {
            throw new TemplateRuntimeException(Position, $"@{_syntax.Data} is only defined inside {{{{#each}}}}");
        }

        return _syntax.Data switch
        {
            "index" => Boxed(loop.Index),
            "first" => loop.First,
            "last" => loop.Last,
            _ => loop.Key ?? Boxed(loop.Index), // a list's @key is its @index
        };
    }

    /// <summary>Loop positions as objects, boxed once: a site renders millions of loop iterations.</summary>
    private static readonly object[] SmallInts = Enumerable.Range(0, 1024).Select(i => (object)i).ToArray();

    private static object Boxed(int value) => value >= 0 && value < SmallInts.Length ? SmallInts[value] : value;

    private sealed class Step(string name)
    {
        /// <summary>The last type read and its getter, replaced as one object so threads never see half of it.</summary>
        private Cached? _cached;

        private sealed record Cached(Type Type, Func<object, object?> Getter);

        public object? Read(object model, ValuePath path)
        {
            var type = model.GetType();
            var cached = _cached;
            if (cached is null || cached.Type != type)
            {
                var getter = MemberAccess.Getter(type, name) ?? throw NotFound(model, path);
                _cached = cached = new Cached(type, getter);
            }

            var value = cached.Getter(model);
            return ReferenceEquals(value, MemberAccess.Missing) ? throw NotFound(model, path) : value;
        }

        private TemplateRuntimeException NotFound(object model, ValuePath path)
        {
            var what = model is IReadOnlyDictionary<string, string> ? "these texts have" : $"the value ({Describe(model.GetType())}) has";
            var suggestion = Diagnostics.Suggestions.Closest(name, MemberAccess.Names(model));
            return new TemplateRuntimeException(path.Position,
                $"'{path.Original}': {what} no '{name}'" + (suggestion is null ? "" : $"; did you mean '{suggestion}'?"));
        }

        private static string Describe(Type type) => type.Name.Replace("View", " view", StringComparison.Ordinal);
    }
}

/// <summary>A template asked for something its model does not have: reported with the tag's position.</summary>
internal sealed class TemplateRuntimeException(Position position, string message) : Exception(message)
{
    public Position Position { get; } = position;
}
