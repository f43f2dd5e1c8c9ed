using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace Weft.Tla;

/// <summary>
/// Reads TLA+ values as TLC prints them in traces: integers (possibly negative), strings with escapes,
/// <c>TRUE</c>/<c>FALSE</c>, model values (identifiers), records <c>[a |-&gt; 1, b |-&gt; 2]</c>, functions
/// <c>(k :&gt; v @@ k2 :&gt; v2)</c> or a bare <c>k :&gt; v</c>, sequences <c>&lt;&lt;...&gt;&gt;</c> and sets
/// <c>{...}</c>, nested, with any whitespace between tokens (TLC wraps long values across lines).
/// Every error is a <see cref="WeftInputException"/> naming the file, line and column of the offending character
/// and what was expected there. For every value <c>v</c>, <c>Parse(v.ToString()) == v</c>.
/// </summary>
public static class TlaValueReader
{
    /// <summary>Values nested deeper than this are rejected (TLC never prints them; the limit keeps the stack bounded).</summary>
    public const int MaxDepth = 256;

    /// <summary>
    /// Parses one value filling all of <paramref name="text"/>. <paramref name="line"/> and <paramref name="column"/>
    /// are the position of the text's first character in <paramref name="file"/>; later lines of the text start at
    /// column 1.
    /// </summary>
    public static TlaValue Parse(string text, string file = "<input>", int line = 1, int column = 1)
    {
        ArgumentNullException.ThrowIfNull(text);
        var r = new Reader(text, file, line, column);
        r.SkipSpace();
        var v = r.Expression(0);
        r.SkipSpace();
        if (!r.AtEnd) throw r.Error("expected the end of the value");
        return v;
    }

    /// <summary>
    /// Parses a comma-separated list of values filling all of <paramref name="text"/> (an action's arguments as TLC
    /// prints them in <c>Name(a, b)</c>); empty or blank text gives an empty list.
    /// </summary>
    public static IReadOnlyList<TlaValue> ParseList(string text, string file = "<input>", int line = 1, int column = 1)
    {
        ArgumentNullException.ThrowIfNull(text);
        var r = new Reader(text, file, line, column);
        var list = new List<TlaValue>();
        r.SkipSpace();
        if (r.AtEnd) return list;
        while (true)
        {
            list.Add(r.Expression(0));
            r.SkipSpace();
            if (r.AtEnd) return list;
            if (!r.TryTake(",")) throw r.Error("expected ',' or the end of the argument list");
            r.SkipSpace();
        }
    }

    /// <summary>True when <paramref name="name"/> reads back as a model value or record field name.</summary>
    public static bool IsIdentifier(string name)
    {
        if (string.IsNullOrEmpty(name) || !(IsIdentStart(name[0]))) return false;
        foreach (var c in name)
            if (!IsIdentPart(c)) return false;
        return name is not ("TRUE" or "FALSE");
    }

    internal static bool IsIdentStart(char c) => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or '_';
    internal static bool IsIdentPart(char c) => IsIdentStart(c) || c is >= '0' and <= '9';

    private sealed class Reader
    {
        private readonly string _text;
        private readonly string _file;
        private readonly int _line0, _col0;
        private int _position;

        public Reader(string s, string file, int line, int column)
        {
            _text = s;
            _file = file;
            _line0 = line;
            _col0 = column;
        }

        public bool AtEnd => _position >= _text.Length;

        public void SkipSpace()
        {
            while (_position < _text.Length && char.IsWhiteSpace(_text[_position])) _position++;
        }

        public bool TryTake(string token)
        {
            if (string.CompareOrdinal(_text, _position, token, 0, token.Length) != 0) return false;
            _position += token.Length;
            return true;
        }

        private bool Peek(string token) => string.CompareOrdinal(_text, _position, token, 0, token.Length) == 0;

        /// <summary>An error at the current position.</summary>
        public WeftInputException Error(string expected) => ErrorAt(_position, expected);

        public WeftInputException ErrorAt(int pos, string expected)
        {
            int line = _line0, col = _col0;
            for (int i = 0; i < pos && i < _text.Length; i++)
            {
                if (_text[i] == '\n')
                {
                    line++;
                    col = 1;
                }
                else
                {
                    col++;
                }
            }
            string found = pos >= _text.Length ? "the end of the value" : "'" + Describe(_text[pos]) + "'";
            return new WeftInputException(_file, line, col, $"{expected}, found {found}");
        }

        private static string Describe(char c) => c switch
        {
            '\n' => "\\n",
            '\r' => "\\r",
            '\t' => "\\t",
            _ when char.IsControl(c) => "\\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture),
            _ => c.ToString(),
        };

        /// <summary>A value, or a function written as pairs <c>k :&gt; v @@ k2 :&gt; v2</c> without parentheses.</summary>
        public TlaValue Expression(int depth)
        {
            int start = _position;
            var first = Primary(depth);
            int save = _position;
            SkipSpace();
            if (!Peek(":>"))
            {
                _position = save;
                return first;
            }
            return PairsAfterKey(first, start, depth);
        }

        /// <summary>The rest of <c>k :&gt; v @@ ...</c> once the first key has been read.</summary>
        private TlaValue PairsAfterKey(TlaValue firstKey, int firstKeyPos, int depth)
        {
            var pairs = new List<KeyValuePair<TlaValue, TlaValue>>();
            var keys = new HashSet<TlaValue>();
            var key = firstKey;
            int keyPos = firstKeyPos;
            while (true)
            {
                SkipSpace();
                if (!TryTake(":>")) throw Error("expected ':>' after a function's key");
                SkipSpace();
                var value = Primary(depth);
                if (!keys.Add(key)) throw ErrorAt(keyPos, $"duplicate key {key} in a function; expected distinct keys");
                pairs.Add(new(key, value));
                int save = _position;
                SkipSpace();
                if (!TryTake("@@"))
                {
                    _position = save;
                    return TlaValue.Function(pairs);
                }
                SkipSpace();
                keyPos = _position;
                key = Primary(depth);
            }
        }

        private TlaValue Primary(int depth)
        {
            if (depth >= MaxDepth) throw Error($"a value nested at most {MaxDepth} deep");
            if (AtEnd) throw Error("expected a value");
            char c = _text[_position];
            if (c == '"') return String();
            if (c == '-' || c is >= '0' and <= '9') return Integer();
            if (Peek("<<")) return Sequence(depth);
            if (c == '{') return Set(depth);
            if (c == '[') return Record(depth);
            if (c == '(') return Parenthesized(depth);
            if (IsIdentStart(c))
            {
                var name = Identifier();
                return name switch
                {
                    "TRUE" => TlaValue.Bool(true),
                    "FALSE" => TlaValue.Bool(false),
                    _ => TlaValue.Model(name),
                };
            }
            throw Error("expected a value (an integer, a string, TRUE, FALSE, a model value, <<...>>, {...}, [...] or (k :> v @@ ...))");
        }

        private string Identifier()
        {
            int start = _position;
            while (_position < _text.Length && IsIdentPart(_text[_position])) _position++;
            return _text[start.._position];
        }

        private TlaValue Integer()
        {
            int start = _position;
            if (_text[_position] == '-') _position++;
            int digits = _position;
            while (_position < _text.Length && _text[_position] is >= '0' and <= '9') _position++;
            if (_position == digits) throw Error("expected a digit after '-'");
            if (_position < _text.Length && IsIdentStart(_text[_position])) throw Error("expected a delimiter after an integer");
            if (!long.TryParse(_text.AsSpan(start, _position - start), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var v))
                throw ErrorAt(start, "expected an integer within the 64-bit range");
            return TlaValue.Int(v);
        }

        private TlaValue String()
        {
            _position++; // opening quote
            var sb = new StringBuilder();
            while (true)
            {
                if (AtEnd) throw Error("expected '\"' closing the string");
                char c = _text[_position];
                if (c == '"')
                {
                    _position++;
                    return TlaValue.Str(sb.ToString());
                }
                if (c == '\\')
                {
                    _position++;
                    if (AtEnd) throw Error("expected an escape (\\\" \\\\ \\n \\t \\r \\f)");
                    char e = _text[_position];
                    sb.Append(e switch
                    {
                        '"' => '"',
                        '\\' => '\\',
                        'n' => '\n',
                        't' => '\t',
                        'r' => '\r',
                        'f' => '\f',
                        _ => throw Error("expected an escape (\\\" \\\\ \\n \\t \\r \\f)"),
                    });
                    _position++;
                    continue;
                }
                sb.Append(c);
                _position++;
            }
        }

        private TlaValue Sequence(int depth)
        {
            _position += 2;
            var items = Elements(depth, ">>", "'>>'");
            return TlaValue.Seq(items);
        }

        private TlaValue Set(int depth)
        {
            _position++;
            var items = Elements(depth, "}", "'}'");
            return TlaValue.Set(items);
        }

        private List<TlaValue> Elements(int depth, string close, string closeName)
        {
            var items = new List<TlaValue>();
            SkipSpace();
            if (TryTake(close)) return items;
            while (true)
            {
                items.Add(Expression(depth + 1));
                SkipSpace();
                if (TryTake(close)) return items;
                if (!TryTake(",")) throw Error($"expected ',' or {closeName}");
                SkipSpace();
            }
        }

        private TlaValue Record(int depth)
        {
            _position++;
            var fields = new List<KeyValuePair<string, TlaValue>>();
            var names = new HashSet<string>(StringComparer.Ordinal);
            SkipSpace();
            while (true)
            {
                int namePos = _position;
                if (AtEnd || !IsIdentStart(_text[_position])) throw Error("expected a record field name");
                var name = Identifier();
                if (!names.Add(name)) throw ErrorAt(namePos, $"duplicate field '{name}' in a record; expected distinct field names");
                SkipSpace();
                if (!TryTake("|->")) throw Error("expected '|->' after a record field name");
                SkipSpace();
                fields.Add(new(name, Expression(depth + 1)));
                SkipSpace();
                if (TryTake("]")) return TlaValue.Record(fields);
                if (!TryTake(",")) throw Error("expected ',' or ']'");
                SkipSpace();
            }
        }

        /// <summary><c>(k :&gt; v @@ ...)</c>, or a parenthesized value.</summary>
        private TlaValue Parenthesized(int depth)
        {
            _position++;
            SkipSpace();
            var v = Expression(depth + 1);
            SkipSpace();
            if (!TryTake(")")) throw Error("expected ')'");
            return v;
        }
    }
}
