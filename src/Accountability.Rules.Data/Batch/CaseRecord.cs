namespace Accountability.Rules.Data.Batch;

/// <summary>
/// One case of a batch as text (YAML or JSON, as a case file holds it), with where it came from:
/// <see cref="CaseRecords.ReadJsonLines(TextReader, string, CancellationToken)"/> gives one per line of a JSON Lines
/// input. Diagnostics of the case name <see cref="Source"/> and count lines from <see cref="Line"/>. Immutable.
/// </summary>
/// <param name="Source">The name diagnostics give for the input (a file path, or <c>&lt;stdin&gt;</c>).</param>
/// <param name="Line">The 1-based line of the input where the case's text starts.</param>
/// <param name="Text">The case's text.</param>
public sealed record CaseRecord(string Source, int Line, string Text);
