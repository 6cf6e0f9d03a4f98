using System.Reflection;
using System.Runtime.CompilerServices;
using Accountability.Rules.Model;
using Accountability.Rules.Tests.TestAssets;

namespace Accountability.Rules.Tests.Api;

/// <summary>
/// The public records compare by value: built independently from equal parts they are equal with
/// equal hash codes, and a difference in any one member (for an array, in one item) makes them unequal.
/// </summary>
public sealed class RecordEqualityContractTest
{
    // The records whose compiler-generated equality would compare their arrays by reference, so
    // they declare structural equality themselves. A new record with an array must join the list.
    private static readonly string[] RecordsWithCollections =
    [
        "Calendars.CalendarHoliday", "Calendars.CalendarYear", "Comparison.RuleSetDifference", "Comparison.RuleSetItem",
        "Engine.Derivation", "Engine.Explanation", "Engine.Firing", "Engine.Withdrawal",
        "Evaluation.CaseResult", "Evaluation.Conclusion", "Evaluation.ExplanationEntry", "Evaluation.FilledDocument", "Evaluation.Handling",
        "Evaluation.LossSeverity", "Evaluation.PersonResult", "Evaluation.Provenance",
        "Model.AssertAction", "Model.CallExpression", "Model.FunctionSignature", "Model.LogicalExpression", "Model.MembershipExpression",
        "Model.RuleDefinition", "Model.RuleSetDefinition",
    ];

    public static TheoryData<string> Records() => [.. RecordSamples.PublicRecords().Select(t => t.FullName!)];

    public static TheoryData<string, string> RecordMembers()
    {
        var data = new TheoryData<string, string>();
        foreach (var type in RecordSamples.PublicRecords())
        {
            foreach (var member in RecordSamples.Members(type))
            {
                data.Add(type.FullName!, member.Name);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Records))]
    public void EqualParts_MakeEqualRecordsWithEqualHashCodes(string typeName)
    {
        var type = Resolve(typeName);

        var left = RecordSamples.Build(type);
        var right = RecordSamples.Build(type);

        Assert.NotSame(left, right);
        Assert.All(
            RecordSamples.Members(type).Where(m => RecordSamples.IsCollection(m.PropertyType)),
            m => Assert.False(m.GetValue(left)!.Equals(m.GetValue(right)), $"{m.Name}: the two builds share a collection instance."));
        Assert.True(left.Equals(right), $"{type.Name}: two instances built from equal parts are not equal.");
        Assert.True(right.Equals(left), $"{type.Name}: equality is not symmetric.");
        Assert.Equal(left.GetHashCode(), right.GetHashCode());
    }

    [Theory]
    [MemberData(nameof(RecordMembers))]
    public void OneMemberDiffers_RecordsAreNotEqual(string typeName, string memberName)
    {
        var type = Resolve(typeName);
        var member = type.GetProperty(memberName)!;

        var original = RecordSamples.Build(type);
        var changed = RecordSamples.BuildChanged(type, member);

        Assert.False(original.Equals(changed), $"{type.Name}.{memberName} differs (an array in one item) and the records are still equal.");
        Assert.False(changed.Equals(original), $"{type.Name}.{memberName} differs and the records are still equal (reversed).");
    }

    [Fact]
    public void RecordsWithCollections_DeclareTheirOwnEquality()
    {
        var withCollections = RecordSamples.PublicRecords()
            .Where(t => RecordSamples.Members(t).Any(m => RecordSamples.IsCollection(m.PropertyType)))
            .ToList();

        Assert.Equal(RecordsWithCollections, withCollections.Select(t => t.FullName!["Accountability.Rules.".Length..]));
        Assert.All(withCollections, t =>
        {
            var equals = t.GetMethod("Equals", BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly, [t])!;
            var hash = t.GetMethod("GetHashCode", BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly, Type.EmptyTypes)!;
            Assert.False(equals.IsDefined(typeof(CompilerGeneratedAttribute), inherit: false), $"{t.Name}.Equals is compiler-generated: it compares arrays by reference.");
            Assert.False(hash.IsDefined(typeof(CompilerGeneratedAttribute), inherit: false), $"{t.Name}.GetHashCode is compiler-generated: it hashes arrays by reference.");
        });
    }

    private static Type Resolve(string typeName) => typeof(RuleSetDefinition).Assembly.GetType(typeName, throwOnError: true)!;
}
