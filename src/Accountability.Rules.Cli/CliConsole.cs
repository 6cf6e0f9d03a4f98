using Accountability.Rules.Diagnostics;

namespace Accountability.Rules.Cli;

/// <summary>Where a command writes: results to <see cref="Out"/>, problems to <see cref="Error"/>. Lines end with <c>\n</c>.</summary>
/// <param name="Out">Standard output.</param>
/// <param name="Error">Standard error.</param>
internal sealed record CliConsole(TextWriter Out, TextWriter Error)
{
    /// <summary>Writes text to standard output as is.</summary>
    public void Write(string text) => Out.Write(text);

    /// <summary>Writes a line to standard output.</summary>
    public void Line(string text) => Out.Write(text + "\n");

    /// <summary>Writes a line to standard error.</summary>
    public void ErrorLine(string text) => Error.Write(text + "\n");

    /// <summary>Writes a diagnostic to standard error as <see cref="Diagnostic.ToString"/> gives it, after <c>accountability: </c> when it has no location.</summary>
    public void Report(Diagnostic diagnostic) => ErrorLine(diagnostic.Location is null ? $"accountability: {diagnostic}" : diagnostic.ToString());
}
