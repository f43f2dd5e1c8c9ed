using System;
using System.IO;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Weft.Tla;

/// <summary>Loads one YAML document, turning every parser failure into a positioned <see cref="WeftInputException"/>; positioned errors for nodes.</summary>
internal static class YamlText
{
    public static YamlNode LoadSingleDocument(string text, string file, string what)
    {
        var stream = new YamlStream();
        var parser = new Parser(new StringReader(text));
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
}
