namespace Accountability.Rules.Benchmarks.HandWrittenNRules.Facts;

/// <summary>A ground for a person's responsibility type.</summary>
internal sealed class ResponsibilityBasis(string person, string responsibility, int rank, string basis)
{
    public string Person { get; } = person;
    public string Responsibility { get; } = responsibility;
    public int Rank { get; } = rank;
    public string Basis { get; } = basis;
}
