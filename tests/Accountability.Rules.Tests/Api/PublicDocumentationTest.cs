using System.Reflection;
using System.Xml.Linq;
using Accountability.Rules.Model;

namespace Accountability.Rules.Tests.Api;

/// <summary>
/// The XML documentation beside each packed library (and so in its package) documents only what a
/// consumer can see: build/PublicDocumentation.targets removes what the compiler wrote for internal
/// and private members.
/// </summary>
public sealed class PublicDocumentationTest
{
    private const BindingFlags Declared = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    public static TheoryData<string> PackedLibraries() => PublicApiBaselineTest.PackedLibraries();

    [Theory]
    [MemberData(nameof(PackedLibraries))]
    public void Documentation_DocumentsVisibleMembersOnly(string assemblyName)
    {
        var assembly = Assembly.Load(assemblyName);
        var path = Path.ChangeExtension(assembly.Location, ".xml");
        var ids = XDocument.Load(path).Descendants("member").Select(m => (string)m.Attribute("name")!).ToList();

        var hidden = ids.Where(id => !IsVisible(assembly, id)).ToList();

        Assert.NotEmpty(ids);
        Assert.True(hidden.Count == 0, $"{path} documents members a consumer cannot see:{Environment.NewLine}{string.Join(Environment.NewLine, hidden.Take(20))}");
    }

    [Fact]
    public void Documentation_KeepsPublicMembers()
    {
        var path = Path.ChangeExtension(typeof(RuleSetDefinition).Assembly.Location, ".xml");
        var ids = XDocument.Load(path).Descendants("member").Select(m => (string)m.Attribute("name")!).ToHashSet();

        Assert.Contains("T:Accountability.Rules.Evaluation.CaseEvaluator", ids);
        Assert.Contains(ids, id => id.StartsWith("M:Accountability.Rules.Evaluation.CaseEvaluator.Evaluate(", StringComparison.Ordinal));
    }

    /// <summary>
    /// Whether a documentation id names a visible type, or a member of a visible type with a name
    /// some public or protected member of that type has (overloads are not told apart here).
    /// </summary>
    private static bool IsVisible(Assembly assembly, string id)
    {
        var kind = id[0];
        var name = id[2..];
        var parenthesis = name.IndexOf('(', StringComparison.Ordinal);
        if (parenthesis >= 0)
        {
            name = name[..parenthesis];
        }

        if (kind == 'N')
        {
            return true;
        }

        if (kind == 'T')
        {
            return FindType(assembly, name) is { } type && IsVisible(type);
        }

        var dot = name.LastIndexOf('.');
        var type2 = FindType(assembly, name[..dot]);
        var member = name[(dot + 1)..].Split("``")[0].Replace('#', '.');
        if (type2 is null || !IsVisible(type2))
        {
            return false;
        }

        member = member == ".ctor" ? ".ctor" : member == ".cctor" ? ".cctor" : member;
        return type2.GetMember(member, Declared).Any(IsVisible);
    }

    private static Type? FindType(Assembly assembly, string name)
    {
        // Nested types are written Outer.Inner; reflection names them Outer+Inner.
        var parts = name.Split('.');
        for (var split = parts.Length; split > 0; split--)
        {
            var candidate = string.Join('.', parts[..split]) + string.Concat(parts[split..].Select(p => "+" + p));
            if (assembly.GetType(candidate) is { } type)
            {
                return type;
            }
        }

        return null;
    }

    private static bool IsVisible(Type type) =>
        type.IsPublic || (type.IsNestedPublic || ((type.IsNestedFamily || type.IsNestedFamORAssem) && !type.DeclaringType!.IsSealed)) && IsVisible(type.DeclaringType!);

    private static bool IsVisible(MemberInfo member) => member switch
    {
        MethodBase method => method.IsPublic || method.IsFamily || method.IsFamilyOrAssembly,
        FieldInfo field => field.IsPublic || field.IsFamily || field.IsFamilyOrAssembly,
        PropertyInfo property => property.GetAccessors(nonPublic: true).Any(IsVisible),
        EventInfo @event => new[] { @event.AddMethod, @event.RemoveMethod }.Any(a => a is not null && IsVisible(a)),
        Type type => IsVisible(type),
        _ => false,
    };
}
