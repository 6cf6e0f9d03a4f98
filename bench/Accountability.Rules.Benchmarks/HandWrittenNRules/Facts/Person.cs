namespace Accountability.Rules.Benchmarks.HandWrittenNRules.Facts;

/// <summary>A person whose responsibility is considered (input).</summary>
internal sealed class Person(string id, string role, string? responsibility, string status)
{
    public string Id { get; } = id;
    public string Role { get; } = role;
    public string? Responsibility { get; } = responsibility;
    public string Status { get; } = status;
}
