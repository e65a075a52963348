using System.Collections;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace ParkSiteGen.Rendering.Templates;

/// <summary>A fast path for the Scriban a theme is mostly made of: text, values and members, `if`/`else if`/`else`,
/// `for`, `with` and `include 'name'`. Such a template's syntax tree (parsed by Scriban) is turned once into a tree
/// of small nodes that read view models and write into the page buffer directly. Scriban itself interprets its tree,
/// every node through the context's bookkeeping and every name through a stack of scopes: rendering the sample and
/// the benchmark sites took about 2.3 times as long (README, Performance), enough to miss the 1000 x 10 target.
/// Scriban stays the language and the reference: a template using anything else (assignments, functions, pipes,
/// `for.index`, operators...) is not compiled, and whenever a page meets something this path does not know for sure
/// (a missing name, a value that is not text, a limit reached), it gives up and the page is rendered again by
/// Scriban's interpreter, which then prints the same page or reports the mistake in its own words. The tests render
/// every page of the sample and fixture sites both ways and require the same bytes.</summary>
internal sealed class CompiledTemplate
{
    private readonly Node _body;

    private CompiledTemplate(Node body) => _body = body;

    /// <summary>Compiles <paramref name="template"/>, or null when it uses something only Scriban's interpreter runs.</summary>
    /// <param name="compiledPartials">The partials compiled so far (null: not compilable), shared by a theme's layouts.</param>
    public static CompiledTemplate? TryCompile(Template template, IReadOnlyDictionary<string, Template> partials, Dictionary<string, Node?> compiledPartials) =>
        template.Page is { FrontMatter: null } page && new Compiler(partials, compiledPartials).Block(page.Body) is { } body ? new CompiledTemplate(body) : null;

    /// <summary>Writes the page; false when it gave up (the buffer then holds a partial page, for the caller to drop).</summary>
    public bool TryRender(object model, PageBuffer buffer)
    {
        var run = new Run(buffer);
        run.Push(new Entry("page", model, null));
        return _body.Render(run) && buffer.Length <= Limits.PageCharacters;
    }

    /// <summary>A value the path does not know what to do with: render the page with Scriban instead.</summary>
    private static readonly object GiveUp = new();

    /// <summary>What names resolve to, innermost first, in Scriban's order: loop variables, then the object a `with`
    /// opened, then the loop variables outside it, and so on down to `page`.</summary>
    internal readonly record struct Entry(string? Name, object? Value, IScriptObject? Scope);

    internal sealed class Run(PageBuffer buffer)
    {
        private Entry[] _entries = new Entry[16];
        private int _count;

        public PageBuffer Buffer => buffer;

        public int LoopSteps;

        public void Push(Entry entry)
        {
            if (_count == _entries.Length)
            {
                Array.Resize(ref _entries, _count * 2);
            }

            _entries[_count++] = entry;
        }

        public void Pop() => _count--;

        public object? Lookup(string name)
        {
            for (var i = _count - 1; i >= 0; i--)
            {
                ref var entry = ref _entries[i];
                if (entry.Scope is { } scope)
                {
                    if (scope.TryGetValue(null, default, name, out var value))
                    {
                        return value;
                    }
                }
                else if (entry.Name == name)
                {
                    return entry.Value;
                }
            }

            return GiveUp; // Scriban's built-ins, or a mistake
        }
    }

    internal abstract class Node
    {
        /// <summary>False when the path gives up.</summary>
        public abstract bool Render(Run run);
    }

    private abstract class Expression
    {
        public abstract object? Value(Run run);
    }

    private sealed class Block(Node[] nodes) : Node
    {
        public override bool Render(Run run)
        {
            foreach (var node in nodes)
            {
                if (!node.Render(run))
                {
                    return false;
                }
            }

            return true;
        }
    }

    private sealed class Text(string text) : Node
    {
        public override bool Render(Run run)
        {
            run.Buffer.Write(text);
            return true;
        }
    }

    private sealed class Print(Expression expression) : Node
    {
        public override bool Render(Run run) => PageTemplateContext.TryPrint(expression.Value(run), run.Buffer);
    }

    private sealed class If(Expression condition, Node then, Node? otherwise) : Node
    {
        public override bool Render(Run run)
        {
            var value = condition.Value(run);
            return value != GiveUp && (PageTemplateContext.Truth(value) ? then.Render(run) : otherwise is null || otherwise.Render(run));
        }
    }

    private sealed class For(string variable, Expression items, Node body, Node? otherwise) : Node
    {
        public override bool Render(Run run)
        {
            var value = items.Value(run);
            if (value is null)
            {
                return otherwise is null || otherwise.Render(run);
            }

            if (value is not IEnumerable list || value is string or IScriptObject)
            {
                return false;
            }

            var any = false;
            foreach (var item in list)
            {
                if (++run.LoopSteps > Limits.LoopIterations)
                {
                    return false;
                }

                any = true;
                run.Push(new Entry(variable, item, null));
                var rendered = body.Render(run);
                run.Pop();
                if (!rendered)
                {
                    return false;
                }
            }

            return any || otherwise is null || otherwise.Render(run);
        }
    }

    private sealed class With(Expression target, Node body) : Node
    {
        public override bool Render(Run run)
        {
            if (target.Value(run) is not IScriptObject scope)
            {
                return false;
            }

            run.Push(new Entry(null, null, scope));
            var rendered = body.Render(run);
            run.Pop();
            return rendered;
        }
    }

    /// <summary>A partial, compiled once however often it is included.</summary>
    private sealed class Include(Node partial) : Node
    {
        public override bool Render(Run run) => partial.Render(run);
    }

    private sealed class Variable(string name) : Expression
    {
        public override object? Value(Run run) => run.Lookup(name);
    }

    private sealed class Member(Expression target, string name) : Expression
    {
        public override object? Value(Run run) =>
            target.Value(run) is IScriptObject scope && scope.TryGetValue(null, default, name, out var value) ? value : GiveUp;
    }

    private sealed class Literal(object? value) : Expression
    {
        public override object? Value(Run run) => value;
    }

    private sealed class Compiler(IReadOnlyDictionary<string, Template> partials, Dictionary<string, Node?> compiled)
    {
        public Node? Block(ScriptBlockStatement? block)
        {
            if (block is null)
            {
                return null;
            }

            var nodes = new List<Node>();
            foreach (var statement in block.Statements)
            {
                if (statement.CanSkipEvaluation || statement is ScriptNopStatement)
                {
                    continue;
                }

                if (Statement(statement) is not { } node)
                {
                    return null;
                }

                nodes.Add(node);
            }

            return nodes.Count == 1 ? nodes[0] : new Block([.. nodes]);
        }

        private Node? Statement(ScriptStatement statement) => statement switch
        {
            ScriptRawStatement raw => new Text(raw.Text.ToString()),
            ScriptExpressionStatement { CanOutput: true, Expression: ScriptFunctionCall call } => Include(call),
            ScriptExpressionStatement { CanOutput: true } print => Expression(print.Expression) is { } value ? new Print(value) : null,
            ScriptIfStatement branch => If(branch),
            ScriptForStatement { NamedArguments: null or { Count: 0 }, Variable: ScriptVariableGlobal variable } loop when variable.Name != "for" =>
                Expression(loop.Iterator) is { } items && Block(loop.Body) is { } body && Else(loop.Else, out var otherwise)
                    ? new For(variable.Name, items, body, otherwise) : null,
            ScriptWithStatement with => Expression(with.Name) is { } target && Block(with.Body) is { } body ? new With(target, body) : null,
            _ => null,
        };

        private Node? If(ScriptIfStatement branch)
        {
            if (Expression(branch.Condition) is not { } condition || Block(branch.Then) is not { } then)
            {
                return null;
            }

            Node? otherwise = null;
            switch (branch.Else)
            {
                case null:
                    break;
                case ScriptIfStatement elseIf:
                    otherwise = If(elseIf);
                    if (otherwise is null)
                    {
                        return null;
                    }

                    break;
                case ScriptElseStatement other when Block(other.Body) is { } body:
                    otherwise = body;
                    break;
                default:
                    return null;
            }

            return new If(condition, then, otherwise);
        }

        private bool Else(ScriptElseStatement? other, out Node? body)
        {
            body = other is null ? null : Block(other.Body);
            return other is null || body is not null;
        }

        /// <summary>`include 'name'` of a partial that compiles too (a partial that includes itself does not).</summary>
        private Node? Include(ScriptFunctionCall call)
        {
            if (call is not { Target: ScriptVariableGlobal { Name: PartialInclude.Name }, Arguments: [ScriptLiteral { Value: string name }] }
                || !partials.TryGetValue(name, out var partial))
            {
                return null;
            }

            if (!compiled.ContainsKey(name))
            {
                compiled[name] = null; // while it compiles: an include of itself does not compile
                compiled[name] = partial.Page is { FrontMatter: null } page ? Block(page.Body) : null;
            }

            return compiled[name] is { } node ? new Include(node) : null;
        }

        private static Expression? Expression(ScriptExpression? expression) => expression switch
        {
            ScriptVariableGlobal variable when variable.Name is not ("for" or "while" or "tablerow") => new Variable(variable.Name),
            ScriptMemberExpression { Member: { } member } access when Expression(access.Target) is { } target => new Member(target, member.Name),
            ScriptLiteral { Value: string or bool or null } literal => new Literal(literal.Value),
            _ => null,
        };
    }
}
