namespace Accountability.Rules.Data.Batch;

/// <summary>
/// One case of a batch as text (YAML or JSON, as a case file holds it), with where it came from:
/// <see cref="CaseRecords.ReadJsonLines(TextReader, string, CancellationToken)"/> gives one per line of a JSON Lines
/// input, <see cref="CaseRecords.ReadCsv(TextReader, string, CancellationToken)"/> one per row of a CSV
/// input (its text the row as written). Diagnostics of the case name <see cref="Source"/> and count lines from <see cref="Line"/>. Immutable.
/// </summary>
/// <param name="Source">The name diagnostics give for the input (a file path, or <c>&lt;stdin&gt;</c>).</param>
/// <param name="Line">The 1-based line of the input where the case's text starts.</param>
/// <param name="Text">The case's text.</param>
public sealed record CaseRecord(string Source, int Line, string Text)
{
    /// <summary>
    /// The case as a document already read, positioned in the input (a CSV row, from
    /// <see cref="CaseRecords.ReadCsv(TextReader, string, CancellationToken)"/>); <c>null</c> when
    /// <see cref="Text"/> is the case.
    /// </summary>
    internal Yaml.YamlNode? Document { get; init; }

    /// <summary>What keeps the record from being a case (a CSV header or row that cannot be read); empty (default) when nothing does.</summary>
    internal System.Collections.Immutable.ImmutableArray<Diagnostics.Diagnostic> Problems { get; init; }

    /// <summary>
    /// <see cref="Text"/> encoded in UTF-8 when the reader had it so (a line of JSON Lines read from bytes), so that
    /// reading the case need not encode it again; empty when it did not. Not part of the record's value.
    /// </summary>
    internal ReadOnlyMemory<byte> Utf8 { get; init; }

    /// <summary>Whether the two records hold the same case from the same place: source, line, text, and the document or problems a CSV row gave.</summary>
    /// <param name="other">The record to compare with.</param>
    /// <returns><c>true</c> when they are equal.</returns>
    public bool Equals(CaseRecord? other) =>
        ReferenceEquals(this, other)
        || (other is not null && Line == other.Line && string.Equals(Source, other.Source, StringComparison.Ordinal)
            && string.Equals(Text, other.Text, StringComparison.Ordinal) && Equals(Document, other.Document) && Problems == other.Problems);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Source, Line, Text, Document, Problems);
}
