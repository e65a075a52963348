using System.Reflection;
using System.Runtime.CompilerServices;
using ParkSiteGen.Rendering.Templates;
using ParkSiteGen.Rendering.Views;
using Scriban.Runtime;

namespace ParkSiteGen.Tests.Templates;

/// <summary>What ParkSiteGen's source generator (src/ParkSiteGen.Generators) gives every [TemplateModel] type: Scriban's
/// IScriptObject, implemented by the type itself, that lists and reads exactly what Scriban's reflection would (its
/// public properties under their snake_case names), so templates read the same with no reflection.</summary>
public class TemplateModelTests
{
    private static readonly Assembly Product = typeof(PageView).Assembly;

    public static TheoryData<Type> ModelTypes()
    {
        var data = new TheoryData<Type>();
        foreach (var type in Product.GetTypes().Where(IsTemplateModel).OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            data.Add(type);
        }

        return data;
    }

    [Fact]
    public void The_view_models_are_marked()
    {
        var models = Product.GetTypes().Where(IsTemplateModel).ToHashSet();
        Assert.Contains(typeof(PageView), models);
        Assert.Contains(typeof(HomeView), models);
        Assert.Contains(typeof(LinkView), models);
        Assert.Contains(typeof(RedirectView), models);
        Assert.Contains(typeof(TableView), models);
    }

    [Theory]
    [MemberData(nameof(ModelTypes))]
    public void Implements_IScriptObject_itself(Type type)
    {
        Assert.True(typeof(IScriptObject).IsAssignableFrom(type), $"{type} does not implement IScriptObject.");
        var map = type.GetInterfaceMap(typeof(IScriptObject));
        Assert.All(map.TargetMethods, method => Assert.Equal(type, method.DeclaringType));
    }

    [Theory]
    [MemberData(nameof(ModelTypes))]
    public void Lists_its_properties_under_Scribans_names(Type type)
    {
        var model = (IScriptObject)RuntimeHelpers.GetUninitializedObject(type);
        var expected = TemplateProperties(type).Select(p => StandardMemberRenamer.Rename(p.Name)).Order(StringComparer.Ordinal).ToList();

        var members = model.GetMembers().ToList();
        Assert.Equal(expected, members.Order(StringComparer.Ordinal));
        Assert.Equal(members.Count, members.Distinct().Count());
        Assert.Equal(members.Count, model.Count);
        Assert.All(members, member => Assert.True(model.Contains(member), member));
        Assert.False(model.Contains("no_such_member"));
        Assert.True(model.IsReadOnly);
        Assert.All(members, member => Assert.False(model.CanWrite(member), member));
        Assert.Same(model, model.Clone(deep: true));
    }

    [Theory]
    [MemberData(nameof(ModelTypes))]
    public void Reads_each_property(Type type)
    {
        // Once as an uninitialized object (every property at its default), once with a value in every property.
        var empty = RuntimeHelpers.GetUninitializedObject(type);
        var filled = RuntimeHelpers.GetUninitializedObject(type);
        foreach (var property in TemplateProperties(type).Where(p => p.SetMethod is not null))
        {
            property.SetValue(filled, Sample(property.PropertyType, property.Name));
        }

        foreach (var instance in new[] { empty, filled })
        {
            var model = (IScriptObject)instance;
            foreach (var property in TemplateProperties(type))
            {
                var name = StandardMemberRenamer.Rename(property.Name);
                Assert.True(model.TryGetValue(null, default, name, out var value), name);
                var expected = property.GetValue(instance);
                if (expected is null || property.PropertyType.IsValueType)
                {
                    Assert.Equal(expected, value);
                }
                else
                {
                    Assert.Same(expected, value);
                }
            }

            Assert.False(model.TryGetValue(null, default, "no_such_member", out var missing));
            Assert.Null(missing);
        }
    }

    [Fact]
    public void Templates_read_only_template_models_strings_numbers_and_fragments()
    {
        // Every type a template reaches from a page's view: lists are read item by item, and T (the interface texts)
        // is a dictionary Scriban reads by key; any other type must be a [TemplateModel].
        var pages = Product.GetTypes().Where(t => typeof(PageView).IsAssignableFrom(t) || t == typeof(RedirectView)).ToList();
        var seen = new HashSet<Type>(pages);
        var pending = new Queue<Type>(pages);
        var problems = new List<string>();
        while (pending.TryDequeue(out var type))
        {
            if (!IsTemplateModel(type))
            {
                problems.Add($"{type} is not a [TemplateModel]");
            }

            foreach (var property in TemplateProperties(type))
            {
                var reached = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
                if (reached.IsGenericType && reached.GetGenericTypeDefinition() == typeof(IReadOnlyList<>))
                {
                    reached = reached.GetGenericArguments()[0];
                }

                if (IsPlainValue(reached))
                {
                    continue;
                }

                if (!IsTemplateModel(reached))
                {
                    problems.Add($"{type.Name}.{property.Name}: {property.PropertyType} is not a [TemplateModel]");
                }
                else if (seen.Add(reached))
                {
                    pending.Enqueue(reached);
                }
            }
        }

        Assert.Empty(problems);
    }

    private static bool IsTemplateModel(Type type) => type.IsDefined(typeof(TemplateModelAttribute), inherit: false);

    private static bool IsPlainValue(Type type) =>
        type == typeof(string) || type == typeof(bool) || type == typeof(UiStrings) ||
        typeof(HtmlFragment).IsAssignableFrom(type) ||
        type == typeof(byte) || type == typeof(sbyte) || type == typeof(short) || type == typeof(ushort) ||
        type == typeof(int) || type == typeof(uint) || type == typeof(long) || type == typeof(ulong) ||
        type == typeof(float) || type == typeof(double) || type == typeof(decimal);

    /// <summary>What Scriban's reflection would read: public readable instance properties, indexers and a record's
    /// EqualityContract excepted.</summary>
    private static IEnumerable<PropertyInfo> TemplateProperties(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0 && p.GetMethod is { IsPublic: true } && p.Name != "EqualityContract");

    private static object? Sample(Type type, string name)
    {
        if (type == typeof(string))
        {
            return $"{name} value";
        }

        if (type == typeof(bool) || type == typeof(bool?))
        {
            return true;
        }

        if (type.IsValueType)
        {
            var underlying = Nullable.GetUnderlyingType(type) ?? type;
            return underlying.IsPrimitive || underlying == typeof(decimal)
                ? Convert.ChangeType(7, underlying, System.Globalization.CultureInfo.InvariantCulture)
                : Activator.CreateInstance(underlying);
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>))
        {
            return Array.CreateInstance(type.GetGenericArguments()[0], 0);
        }

        if (type == typeof(IReadOnlyDictionary<string, string>))
        {
            return new Dictionary<string, string> { ["key"] = "value" };
        }

        return type.IsClass && !type.IsAbstract ? RuntimeHelpers.GetUninitializedObject(type) : null;
    }
}
