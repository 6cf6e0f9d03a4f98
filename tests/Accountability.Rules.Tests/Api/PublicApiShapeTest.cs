using System.Reflection;
using Accountability.Rules.Engine;
using Accountability.Rules.Model;

namespace Accountability.Rules.Tests.Api;

/// <summary>The public surface stays small: sealed classes and records, immutable models, closed hierarchies.</summary>
public sealed class PublicApiShapeTest
{
    private static readonly Assembly[] Assemblies = [typeof(RuleSetDefinition).Assembly, typeof(Accountability.Rules.Data.LoadResult<>).Assembly, typeof(Accountability.Rules.NRules.NRulesEngine).Assembly];

    public static TheoryData<string> PublicClasses()
    {
        var data = new TheoryData<string>();
        foreach (var type in Assemblies.SelectMany(a => a.GetExportedTypes()).Where(t => t.IsClass && !t.IsAbstract && !(t.IsAbstract && t.IsSealed)))
        {
            data.Add(type.AssemblyQualifiedName!);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(PublicClasses))]
    public void PublicConcreteClass_IsSealed(string typeName)
    {
        var type = Type.GetType(typeName, throwOnError: true)!;

        Assert.True(type.IsSealed, $"{type.FullName} is public and not sealed.");
    }

    [Fact]
    public void ModelTypes_HaveNoPublicSetters()
    {
        var mutable = typeof(RuleSetDefinition).Assembly.GetExportedTypes()
            .Where(t => t.Namespace == typeof(RuleSetDefinition).Namespace)
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            .Where(p => p.SetMethod is { IsPublic: true } setter && !setter.ReturnParameter.GetRequiredCustomModifiers().Any(m => m.Name == "IsExternalInit"))
            .Select(p => $"{p.DeclaringType!.Name}.{p.Name}")
            .ToList();

        Assert.Empty(mutable);
    }

    [Theory]
    [InlineData(typeof(RuleElement))]
    [InlineData(typeof(ExpressionElement))]
    public void ElementHierarchy_IsClosed(Type baseType)
    {
        var constructors = baseType.GetConstructors(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance)
            .Where(c => !c.IsPrivate && !(c.GetParameters().Length == 1 && c.GetParameters()[0].ParameterType == baseType));

        Assert.All(constructors, c => Assert.True(c.IsFamilyAndAssembly, $"{baseType.Name} has a constructor outside 'private protected'."));
        Assert.All(
            baseType.Assembly.GetExportedTypes().Where(t => t.IsSubclassOf(baseType)),
            t => Assert.True(t.IsSealed, $"{t.Name} derives from {baseType.Name} and is not sealed."));
    }

    [Fact]
    public void EngineInternals_AreNotPublic()
    {
        var engineTypes = typeof(CompiledRuleSet).Assembly.GetExportedTypes().Where(t => t.Namespace == typeof(CompiledRuleSet).Namespace).Select(t => t.Name).Order().ToArray();

        Assert.Equal(
            ["CompiledRuleSet", "Derivation", "Explanation", "Firing", "IRuleSessionFactory", "ISession", "RuleCompilationException", "RuleCompiler", "RuleCycleException", "SessionOptions", "Withdrawal"],
            engineTypes);
    }

    [Fact]
    public void NRulesEngine_PublicSurface_IsTheEngineTheSessionAndOneClassPerFactType()
    {
        var assembly = typeof(Accountability.Rules.NRules.NRulesEngine).Assembly;
        var types = assembly.GetExportedTypes();
        var factClasses = types.Where(t => t.Namespace == "Accountability.Rules.NRules.Facts" && t.Name != "RuleSetFact").ToList();

        Assert.Equal(
            ["NRulesEngine", "NRulesRuleSet", "NRulesSession"],
            types.Where(t => t.Namespace == "Accountability.Rules.NRules").Select(t => t.Name).Order(StringComparer.Ordinal));
        Assert.Equal(Accountability.Rules.Facts.FactCatalog.Standard.Types.Length, factClasses.Count);
        Assert.All(factClasses, t => Assert.True(t.IsSealed && t.BaseType == typeof(Accountability.Rules.NRules.Facts.RuleSetFact), $"{t.Name} is not a sealed RuleSetFact."));
        Assert.All(factClasses, t => Assert.Empty(t.GetConstructors()));
        Assert.Empty(typeof(Accountability.Rules.NRules.Facts.RuleSetFact).GetConstructors());
    }
}
