using System.Collections;
using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using System.Runtime.CompilerServices;

namespace ParkSiteGen.Rendering.Templates.Handlebars;

/// <summary>Reads a named value of a view model: a public property, a key of a dictionary (the theme's
/// interface texts), or an item of a list by its number. One getter per (type, name), made on first use and shared by every thread; a getter
/// returns <see cref="Missing"/> when the model has no such value, which the template reports as an error.
/// A property getter is called only with a model of exactly the type it was made for (<see cref="ValuePath"/> compares
/// the type before it calls), so it reads without a cast: in shared generic code a cast looks its type up first, and
/// a large site reads tens of millions of values.
/// The release binary is compiled ahead of time (Native AOT), where reflection sees only what the compiler kept: the
/// project roots its own assembly (TrimmerRootAssembly), so every view model's public properties are there, and the
/// typed getters are instantiated over reference types only, which the compiled shared code serves. A test builds
/// sites with that binary and compares every byte with this build's.</summary>
internal static class MemberAccess
{
    /// <summary>What a getter returns for a name the model does not have (as opposed to a value that is null).</summary>
    public static readonly object Missing = new();

    private static readonly ConcurrentDictionary<(Type Type, string Name), Func<object, object?>?> Getters = new();
    private static readonly object True = true;
    private static readonly object False = false;

    private static readonly MethodInfo MakeTyped = typeof(MemberAccess).GetMethod(nameof(Typed), BindingFlags.NonPublic | BindingFlags.Static)!;
    private static readonly MethodInfo MakeFlag = typeof(MemberAccess).GetMethod(nameof(Flag), BindingFlags.NonPublic | BindingFlags.Static)!;

    /// <summary>The getter of <paramref name="name"/> on <paramref name="type"/>, or null when it has none.</summary>
    public static Func<object, object?>? Getter(Type type, string name) => Getters.GetOrAdd((type, name), static key => Create(key.Type, key.Name));

    /// <summary>The names a model of this type offers, for "did you mean" hints.</summary>
    [UnconditionalSuppressMessage("Trimming", "IL2075", Justification = RootedModels)]
    public static IEnumerable<string> Names(object model) => model switch
    {
        IReadOnlyDictionary<string, string> texts => texts.Keys,
        IDictionary dictionary => dictionary.Keys.OfType<string>(),
        _ => model.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0).Select(p => p.Name),
    };

    private const string RootedModels = "View models are types of this assembly, which the release build roots (TrimmerRootAssembly): their public properties are kept.";

    [UnconditionalSuppressMessage("Trimming", "IL2070", Justification = RootedModels)]
    [UnconditionalSuppressMessage("Trimming", "IL2060", Justification = "Instantiated over reference types only: the shared code compiled for them serves every such type.")]
    [UnconditionalSuppressMessage("AOT", "IL3050", Justification = "Instantiated over reference types only: the shared code compiled for them serves every such type.")]
    private static Func<object, object?>? Create(Type type, string name)
    {
        if (typeof(IReadOnlyDictionary<string, string>).IsAssignableFrom(type))
        {
            return model => ((IReadOnlyDictionary<string, string>)model).TryGetValue(name, out var text) ? text : Missing;
        }

        if (typeof(IDictionary).IsAssignableFrom(type))
        {
            return model => ((IDictionary)model).Contains(name) ? ((IDictionary)model)[name] : Missing;
        }

        if (typeof(IList).IsAssignableFrom(type) && int.TryParse(name, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var index))
        {
            return model => index < ((IList)model).Count ? ((IList)model)[index] : Missing; // Items.0.Name, as in Handlebars
        }

        var property = type.GetProperty(name, BindingFlags.Public | BindingFlags.Instance);
        if (property is null || property.GetIndexParameters().Length > 0 || property.GetMethod is not { } getter)
        {
            return null;
        }

        var flag = property.PropertyType == typeof(bool);
        if (type.IsValueType || (property.PropertyType.IsValueType && !flag))
        {
            // A struct as a view model, or a number read as it is: rare (views hold final text), reflection will do. A
            // typed getter would need code made for that value type, which an ahead-of-time build may not have.
            return property.GetValue;
        }

        // A typed delegate: a direct call, no reflection per read. Flags are boxed once, not at every read.
        var factory = flag ? MakeFlag.MakeGenericMethod(type) : MakeTyped.MakeGenericMethod(type, property.PropertyType);
        return factory.CreateDelegate<Func<MethodInfo, Func<object, object?>>>()(getter);
    }

    private static Func<object, object?> Typed<TModel, TValue>(MethodInfo getter)
        where TModel : class
        where TValue : class
    {
        var read = getter.CreateDelegate<Func<TModel, TValue?>>();
        return model => read(Unsafe.As<TModel>(model));
    }

    private static Func<object, object?> Flag<TModel>(MethodInfo getter)
        where TModel : class
    {
        var read = getter.CreateDelegate<Func<TModel, bool>>();
        return model => read(Unsafe.As<TModel>(model)) ? True : False;
    }
}
