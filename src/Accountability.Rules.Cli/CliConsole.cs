using Accountability.Rules.Diagnostics;

namespace Accountability.Rules.Cli;

/// <summary>Where a command writes: results to <see cref="Out"/>, problems to <see cref="Error"/>. Lines end with <c>\n</c>.</summary>
/// <param name="Out">Standard output.</param>
/// <param name="Error">Standard error.</param>
internal sealed record CliConsole(TextWriter Out, TextWriter Error)
{
    /// <summary>Standard input, which <c>evaluate --batch -</c> reads; empty unless given.</summary>
    public TextReader In { get; init; } = TextReader.Null;

    /// <summary>
    /// Opens standard output as bytes, for output written as UTF-8 (<c>evaluate --batch … --out -</c>);
    /// <c>null</c>: bytes are decoded onto <see cref="Out"/>.
    /// </summary>
    public Func<Stream>? OpenOut { get; init; }

    /// <summary>Whether standard error is a terminal (not redirected): only then is a progress bar drawn on it.</summary>
    public bool ErrorIsTerminal { get; init; }

    /// <summary>Whether standard output is a terminal (not redirected).</summary>
    public bool OutIsTerminal { get; init; }

    /// <summary>Writes text to standard output as is.</summary>
    public void Write(string text) => Out.Write(text);

    /// <summary>Writes a line to standard output.</summary>
    public void Line(string text) => Out.Write(text + "\n");

    /// <summary>Writes a line to standard error.</summary>
    public void ErrorLine(string text) => Error.Write(text + "\n");

    /// <summary>Writes a diagnostic to standard error as <see cref="Diagnostic.ToString"/> gives it, after <c>accountability: </c> when it has no location.</summary>
    public void Report(Diagnostic diagnostic) => ErrorLine(diagnostic.Location is null ? $"accountability: {diagnostic}" : diagnostic.ToString());

    /// <summary>Standard output as a stream of UTF-8 bytes; the caller disposes it (which leaves <see cref="Out"/> open).</summary>
    public Stream OutStream() => OpenOut is { } open ? open() : new TextWriterStream(Out);
}
