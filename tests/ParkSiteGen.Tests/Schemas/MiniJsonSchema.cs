using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace ParkSiteGen.Tests.Schemas;

/// <summary>A JSON Schema (2020-12) validator for the keywords ParkSiteGen's schemas use: type, enum, const,
/// properties, required, additionalProperties, propertyNames, items, minItems, uniqueItems, minProperties,
/// minLength, pattern, minimum, maximum, exclusiveMinimum, oneOf, anyOf, $ref to #/$defs. No JSON Schema library
/// is available to this project's package source; the tests below check this one against known answers.
/// An unsupported keyword is an error, so a schema cannot silently use one it ignores.</summary>
public sealed class MiniJsonSchema(JsonObject root)
{
    private static readonly HashSet<string> Known =
    [
        "$schema", "$id", "title", "description", "$defs", "type", "enum", "const", "properties", "required", "additionalProperties",
        "propertyNames", "items", "minItems", "uniqueItems", "minProperties", "minLength", "pattern", "minimum", "maximum",
        "exclusiveMinimum", "oneOf", "anyOf", "$ref",
    ];

    public static MiniJsonSchema Load(string path) => new(JsonNode.Parse(File.ReadAllText(path))!.AsObject());

    public List<string> Validate(JsonNode? instance)
    {
        var errors = new List<string>();
        Check(root, instance, "$", errors);
        return errors;
    }

    private void Check(JsonObject schema, JsonNode? value, string path, List<string> errors)
    {
        foreach (var keyword in schema.Select(kv => kv.Key).Where(k => !Known.Contains(k)))
        {
            throw new NotSupportedException($"MiniJsonSchema does not support '{keyword}' (at {path})");
        }

        if (schema["$ref"] is JsonValue reference)
        {
            var name = reference.GetValue<string>().Replace("#/$defs/", "", StringComparison.Ordinal);
            Check(root["$defs"]![name]!.AsObject(), value, path, errors);
        }

        if (schema["type"] is { } type)
        {
            var allowed = type is JsonArray list ? list.Select(t => t!.GetValue<string>()).ToList() : [type.GetValue<string>()];
            if (!allowed.Any(t => IsType(value, t)))
            {
                errors.Add($"{path}: expected {string.Join(" or ", allowed)}, found {Describe(value)}");
                return;
            }
        }

        if (schema["enum"] is JsonArray options && !options.Any(o => JsonNode.DeepEquals(o, value)))
        {
            errors.Add($"{path}: {Describe(value)} is not one of {options.ToJsonString()}");
        }

        if (schema["const"] is { } constant && !JsonNode.DeepEquals(constant, value))
        {
            errors.Add($"{path}: expected {constant.ToJsonString()}");
        }

        if (schema["oneOf"] is JsonArray oneOf)
        {
            var matches = oneOf.Count(s => Valid(s!.AsObject(), value, path));
            if (matches != 1)
            {
                errors.Add($"{path}: {Describe(value)} matches {matches} of the {oneOf.Count} alternatives (oneOf)");
            }
        }

        if (schema["anyOf"] is JsonArray anyOf && !anyOf.Any(s => Valid(s!.AsObject(), value, path)))
        {
            errors.Add($"{path}: {Describe(value)} matches none of the alternatives (anyOf)");
        }

        switch (value)
        {
            case JsonObject obj:
                CheckObject(schema, obj, path, errors);
                break;
            case JsonArray array:
                if (schema["minItems"] is { } minItems && array.Count < minItems.GetValue<int>())
                {
                    errors.Add($"{path}: fewer than {minItems} items");
                }

                if (schema["uniqueItems"]?.GetValue<bool>() == true && array.Select(i => i?.ToJsonString()).Distinct().Count() != array.Count)
                {
                    errors.Add($"{path}: items repeat");
                }

                if (schema["items"] is JsonObject items)
                {
                    for (var i = 0; i < array.Count; i++)
                    {
                        Check(items, array[i], $"{path}[{i}]", errors);
                    }
                }

                break;
            case JsonValue scalar when scalar.TryGetValue<string>(out var text):
                if (schema["minLength"] is { } minLength && text.Length < minLength.GetValue<int>())
                {
                    errors.Add($"{path}: shorter than {minLength}");
                }

                if (schema["pattern"] is { } pattern && !Regex.IsMatch(text, pattern.GetValue<string>()))
                {
                    errors.Add($"{path}: '{text}' does not match {pattern}");
                }

                break;
            case JsonValue number when IsType(number, "number"):
                var n = number.GetValue<decimal>();
                if (schema["minimum"] is { } min && n < min.GetValue<decimal>())
                {
                    errors.Add($"{path}: {n} is below {min}");
                }

                if (schema["maximum"] is { } max && n > max.GetValue<decimal>())
                {
                    errors.Add($"{path}: {n} is above {max}");
                }

                if (schema["exclusiveMinimum"] is { } exclusive && n <= exclusive.GetValue<decimal>())
                {
                    errors.Add($"{path}: {n} is not above {exclusive}");
                }

                break;
        }
    }

    private void CheckObject(JsonObject schema, JsonObject obj, string path, List<string> errors)
    {
        if (schema["minProperties"] is { } minProperties && obj.Count < minProperties.GetValue<int>())
        {
            errors.Add($"{path}: fewer than {minProperties} keys");
        }

        foreach (var required in schema["required"]?.AsArray().Select(r => r!.GetValue<string>()) ?? [])
        {
            if (!obj.ContainsKey(required))
            {
                errors.Add($"{path}: '{required}' is required");
            }
        }

        var properties = schema["properties"] as JsonObject;
        foreach (var (key, child) in obj)
        {
            if (schema["propertyNames"] is JsonObject names)
            {
                Check(names, JsonValue.Create(key), $"{path}.{key} (name)", errors);
            }

            if (properties?[key] is JsonObject property)
            {
                Check(property, child, $"{path}.{key}", errors);
            }
            else if (schema["additionalProperties"] is JsonObject additional)
            {
                Check(additional, child, $"{path}.{key}", errors);
            }
            else if (schema["additionalProperties"] is JsonValue allowed && !allowed.GetValue<bool>())
            {
                errors.Add($"{path}: unknown key '{key}'");
            }
        }
    }

    private bool Valid(JsonObject schema, JsonNode? value, string path)
    {
        var errors = new List<string>();
        Check(schema, value, path, errors);
        return errors.Count == 0;
    }

    private static bool IsType(JsonNode? value, string type) => (type, value) switch
    {
        ("null", null) => true,
        ("object", JsonObject) => true,
        ("array", JsonArray) => true,
        ("string", JsonValue v) => v.TryGetValue<string>(out _),
        ("boolean", JsonValue v) => v.TryGetValue<bool>(out _),
        ("number", JsonValue v) => v.TryGetValue<decimal>(out _),
        ("integer", JsonValue v) => v.TryGetValue<decimal>(out var d) && d == decimal.Truncate(d),
        _ => false,
    };

    private static string Describe(JsonNode? value) => value is null ? "null" : value.ToJsonString();
}
