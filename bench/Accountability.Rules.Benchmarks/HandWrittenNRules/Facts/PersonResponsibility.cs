namespace Accountability.Rules.Benchmarks.HandWrittenNRules.Facts;

/// <summary>The responsibility a person bears.</summary>
internal sealed class PersonResponsibility(string person, string responsibility, string basis)
{
    public string Person { get; } = person;
    public string Responsibility { get; } = responsibility;
    public string Basis { get; } = basis;
}
