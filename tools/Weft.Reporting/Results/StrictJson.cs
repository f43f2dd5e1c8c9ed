using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Weft.Reporting;

/// <summary>
/// Reads the JSON files Weft writes for itself and reads back (<c>tlc.json</c>, <c>search.json</c>) as strictly as
/// the results log: a list of objects of the record's shape, no unknown key, no null where a value is required,
/// every value of its type; anything else is an input error naming file:line:column.
/// </summary>
internal static class StrictJson
{
    public static JsonSerializerOptions Strict(JsonSerializerOptions writer) => new(writer)
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
        AllowDuplicateProperties = false,
    };

    /// <summary>The list of <typeparamref name="T"/> in <paramref name="path"/> (an input file read by <see cref="InputFile"/>).</summary>
    public static IReadOnlyList<T> ReadList<T>(string path, string what, JsonSerializerOptions strict)
        where T : class
    {
        var text = InputFile.ReadText(path, what);
        List<T?>? list;
        try
        {
            list = JsonSerializer.Deserialize<List<T?>>(text, strict);
        }
        catch (JsonException e)
        {
            throw new WeftInputException(path, (e.LineNumber ?? 0) + 1, (e.BytePositionInLine ?? 0) + 1, $"malformed {what}: {FirstSentence(e.Message)}");
        }
        if (list is null) throw new WeftInputException(path, 1, 1, $"expected a list of {what}, found null");
        var result = new List<T>(list.Count);
        for (int i = 0; i < list.Count; i++)
        {
            var item = list[i] ?? throw new WeftInputException(path, 1, 1, $"entry {i + 1}: expected an object of {what}, found null");
            try
            {
                // What is read must be writable again (the report copies it): 1e999 reads as infinity, which JSON cannot hold.
                JsonSerializer.Serialize(item, strict);
            }
            catch (ArgumentException e)
            {
                throw new WeftInputException(path, 1, 1, $"entry {i + 1}: a value out of range: {FirstSentence(e.Message)}");
            }
            result.Add(item);
        }
        return result;
    }

    private static string FirstSentence(string s)
    {
        int i = s.IndexOf(" Path:", StringComparison.Ordinal);
        return i > 0 ? s[..i] : s;
    }
}
