using System;
using System.IO;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace Weft.Tla;

/// <summary>
/// Loads one YAML document, turning every parser failure into a positioned <see cref="WeftInputException"/>; positioned
/// errors for nodes. Every YAML input of Weft (schedules, traces, provenance records, manifests, benchmark baselines,
/// <c>docs/algorithms.yaml</c>) is read here, so each gets the same limits: collections nest at most
/// <see cref="MaxDepth"/> deep (YamlDotNet builds its node tree recursively: 40 KB of <c>[</c> would overflow the stack).
/// </summary>
internal static class YamlText
{
    /// <summary>How deep sequences and mappings may nest; Weft's own files nest at most four deep.</summary>
    public const int MaxDepth = 64;

    public static YamlNode LoadSingleDocument(string text, string file, string what)
    {
        var stream = new YamlStream();
        var parser = new DepthLimitedParser(new Parser(new StringReader(text)), file);
        try
        {
            stream.Load(parser);
        }
        catch (YamlException e)
        {
            var inner = e.InnerException is YamlException ie ? ie.Message : e.Message;
            throw new WeftInputException(file, e.Start.Line, e.Start.Column, "malformed YAML: " + inner);
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or FormatException or OverflowException)
        {
            // YamlDotNet's scanner fails this way on some malformed input; the last event read is the best position.
            var mark = parser.Current?.End ?? Mark.Empty;
            throw new WeftInputException(file, Math.Max(1, mark.Line), Math.Max(1, mark.Column), "malformed YAML: " + e.Message);
        }
        if (stream.Documents.Count != 1)
            throw new WeftInputException(file, 1, 1, $"expected one YAML document holding {what}, found {stream.Documents.Count}");
        return stream.Documents[0].RootNode;
    }

    /// <summary>An input error at <paramref name="node"/>'s position in <paramref name="file"/>.</summary>
    public static WeftInputException Err(string file, YamlNode node, string message) =>
        new(file, node.Start.Line, node.Start.Column, message);

    /// <summary>
    /// Passes YamlDotNet's events through, counting open sequences and mappings; the event that opens one more than
    /// <see cref="MaxDepth"/> is an input error at its position, before the node tree is built.
    /// </summary>
    private sealed class DepthLimitedParser : IParser
    {
        private readonly IParser _inner;
        private readonly string _file;
        private int _depth;

        public DepthLimitedParser(IParser inner, string file)
        {
            _inner = inner;
            _file = file;
        }

        public ParsingEvent? Current => _inner.Current;

        public bool MoveNext()
        {
            if (!_inner.MoveNext()) return false;
            switch (_inner.Current)
            {
                case SequenceStart or MappingStart:
                    if (++_depth > MaxDepth)
                        throw new WeftInputException(_file, _inner.Current.Start.Line, _inner.Current.Start.Column, $"nesting deeper than {MaxDepth}");
                    break;
                case SequenceEnd or MappingEnd:
                    _depth--;
                    break;
            }
            return true;
        }
    }
}
