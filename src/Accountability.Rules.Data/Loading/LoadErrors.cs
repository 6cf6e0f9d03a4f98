using System.Collections.Immutable;
using Accountability.Rules.Diagnostics;
using Accountability.Rules.Model;

namespace Accountability.Rules.Data.Loading;

/// <summary>
/// Collects the diagnostics of one load so that all of them are reported in one run. Mutable; used
/// by one load on one thread.
/// </summary>
internal sealed class LoadErrors
{
    // Made at the first report: most loads (a batch's cases) report nothing.
    private List<Diagnostic>? _diagnostics;
    private HashSet<Diagnostic>? _seen;

    /// <summary>The number of distinct errors so far (warnings are not counted).</summary>
    public int Count { get; private set; }

    /// <summary>
    /// The number of reports so far, duplicates included: compare before and after reading a part
    /// to learn whether that part had errors.
    /// </summary>
    public int Reported { get; private set; }

    /// <summary>Records a problem of <paramref name="kind"/> at <paramref name="location"/>; an identical one is recorded once.</summary>
    /// <param name="location">Where the problem is.</param>
    /// <param name="kind">The kind of problem (<see cref="LoadDiagnostics"/>).</param>
    /// <param name="arguments">The values of the kind's placeholders, in order.</param>
    public void Add(SourceLocation location, DiagnosticKind kind, params object?[] arguments) => Add(kind.At(location, arguments));

    /// <summary>Records a diagnostic found elsewhere (the compiler's, a parent's); an identical one is recorded once.</summary>
    public void Add(Diagnostic diagnostic)
    {
        Reported++;
        if ((_seen ??= []).Add(diagnostic))
        {
            (_diagnostics ??= []).Add(diagnostic);
            if (diagnostic.Severity == DiagnosticSeverity.Error)
            {
                Count++;
            }
        }
    }

    /// <summary>
    /// Counts a report of a problem already recorded (a node the reader rejected, used as a
    /// value) without recording it again, so that <see cref="Reported"/> tells the part using the
    /// node that it failed.
    /// </summary>
    public void Repeat() => Reported++;

    /// <summary>Records diagnostics found elsewhere.</summary>
    public void AddRange(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            Add(diagnostic);
        }
    }

    /// <summary>The diagnostics in file and position order (stable for diagnostics at one position; those without a location first).</summary>
    public ImmutableArray<Diagnostic> ToImmutable() => _diagnostics is null
        ? []
        : [.. _diagnostics
            .Select((diagnostic, index) => (diagnostic, index))
            .OrderBy(d => d.diagnostic.Location?.File, StringComparer.Ordinal)
            .ThenBy(d => d.diagnostic.Location?.Line ?? 0)
            .ThenBy(d => d.diagnostic.Location?.Column ?? 0)
            .ThenBy(d => d.index)
            .Select(d => d.diagnostic)];
}
