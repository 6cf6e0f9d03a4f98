namespace Accountability.Rules.Benchmarks.HandWrittenNRules.Facts;

/// <summary>How factors move a person's sanction.</summary>
internal sealed class Adjustment(string person, string direction, string terms, string effect)
{
    public string Person { get; } = person;
    public string Direction { get; } = direction;
    public string Terms { get; } = terms;
    public string Effect { get; } = effect;

    /// <summary>This adjustment (a table entry) for a person.</summary>
    public Adjustment For(string person) => new(person, Direction, Terms, Effect);
}
