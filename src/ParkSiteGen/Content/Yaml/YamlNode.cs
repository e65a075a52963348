using ParkSiteGen.Diagnostics;

namespace ParkSiteGen.Content.Yaml;

/// <summary>A YAML node that remembers where it was written. Scalars keep their raw text: the schema
/// decides what a scalar means (a site code "0000000000" stays text, 41.880 keeps its digits).</summary>
public abstract record YamlNode(SourceLocation Location)
{
    /// <summary>How an editor would name this kind of node in a message.</summary>
    public abstract string Describe();
}

public sealed record YamlScalar(SourceLocation Location, string Value, bool Quoted) : YamlNode(Location)
{
    public bool IsNull => !Quoted && (Value.Length == 0 || Value is "~" or "null" or "Null" or "NULL");

    public override string Describe() => IsNull ? "an empty value" : $"'{Value}'";
}

public sealed record YamlMapping(SourceLocation Location, IReadOnlyList<KeyValuePair<YamlScalar, YamlNode>> Entries) : YamlNode(Location)
{
    public override string Describe() => "a map of keys (key: value)";
}

public sealed record YamlSequence(SourceLocation Location, IReadOnlyList<YamlNode> Items) : YamlNode(Location)
{
    public override string Describe() => "a list (- item)";
}
