using System.Collections.Immutable;
using System.Globalization;
using System.Text.RegularExpressions;
using Accountability.Rules.Model;

namespace Accountability.Rules.Diagnostics;

/// <summary>
/// One kind of <see cref="Diagnostic"/>: its stable id, severity, and message and hint templates,
/// declared once and used wherever the problem is found. Placeholders are names in braces, such as
/// <c>unknown key '{key}' in {where}</c>; <see cref="At"/> fills them with its arguments in the
/// order the names first appear in the message, then the hint. The library's kinds are listed in
/// <c>docs/diagnostics.md</c>; a host may declare its own with ids outside them. Immutable and thread-safe.
/// </summary>
public sealed partial class DiagnosticKind
{
    /// <summary>Declares a kind.</summary>
    /// <param name="id">The stable id: <c>ACR</c> and four digits, e.g. <c>ACR0201</c>.</param>
    /// <param name="severity">How serious the problem is.</param>
    /// <param name="message">The message template: what is wrong.</param>
    /// <param name="hint">The hint template: how to fix it.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The id is not <c>ACR</c> and four digits, or a template is empty.</exception>
    public DiagnosticKind(string id, DiagnosticSeverity severity, string message, string hint)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentException.ThrowIfNullOrWhiteSpace(message);
        ArgumentException.ThrowIfNullOrWhiteSpace(hint);
        if (!IdShape().IsMatch(id))
        {
            throw new ArgumentException($"A diagnostic id is ACR and four digits. Id={id}", nameof(id));
        }

        Id = id;
        Severity = severity;
        Message = message;
        Hint = hint;
        Parameters = [.. Placeholder().Matches(message + hint).Select(m => m.Groups[1].Value).Distinct(StringComparer.Ordinal)];
    }

    /// <summary>The stable id, e.g. <c>ACR0201</c>.</summary>
    public string Id { get; }

    /// <summary>How serious the problem is.</summary>
    public DiagnosticSeverity Severity { get; }

    /// <summary>The message template, with placeholders such as <c>{key}</c>.</summary>
    public string Message { get; }

    /// <summary>The hint template, with placeholders such as <c>{key}</c>.</summary>
    public string Hint { get; }

    /// <summary>The placeholder names, in the order <see cref="At"/> takes their values.</summary>
    public ImmutableArray<string> Parameters { get; }

    /// <summary>A diagnostic of this kind at <paramref name="location"/>, with the placeholders filled in (numbers and dates in the invariant culture).</summary>
    /// <param name="location">Where the problem is; <c>null</c> when it has no place in a file.</param>
    /// <param name="arguments">One value per name of <see cref="Parameters"/>, in that order.</param>
    /// <exception cref="ArgumentNullException"><paramref name="arguments"/> is null.</exception>
    /// <exception cref="ArgumentException">The number of arguments is not the number of parameters.</exception>
    public Diagnostic At(SourceLocation? location, params object?[] arguments)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        if (arguments.Length != Parameters.Length)
        {
            throw new ArgumentException($"The kind takes one argument per placeholder. Id={Id} Parameters={Parameters.Length} Arguments={arguments.Length}", nameof(arguments));
        }

        return new Diagnostic(Id, Severity, location, Fill(Message, arguments), Fill(Hint, arguments));
    }

    /// <summary>The id.</summary>
    public override string ToString() => Id;

    private string Fill(string template, object?[] arguments) =>
        Placeholder().Replace(template, m => Text(arguments[Parameters.IndexOf(m.Groups[1].Value)]));

    private static string Text(object? value) => value switch
    {
        null => string.Empty,
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    [GeneratedRegex(@"\A(ACR)[0-9]{4}\z", RegexOptions.CultureInvariant)]
    private static partial Regex IdShape();

    [GeneratedRegex(@"\{([A-Za-z][A-Za-z0-9]*)\}", RegexOptions.CultureInvariant)]
    private static partial Regex Placeholder();
}
