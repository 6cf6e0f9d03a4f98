using System.Reflection;
using Accountability.Rules.Model;
using Accountability.Rules.Tests.TestAssets;
using PublicApiGenerator;

namespace Accountability.Rules.Tests.Api;

/// <summary>
/// The public surface of every packed library is the committed baseline
/// <c>tests/Accountability.Rules.Tests/Api/&lt;assembly&gt;.approved.txt</c>: a change to it fails
/// here, with the first differing lines and a <c>.received.txt</c> to approve, so that it is made on
/// purpose and reviewed.
/// </summary>
public sealed class PublicApiBaselineTest
{
    private const string Folder = "tests/Accountability.Rules.Tests/Api";

    public static TheoryData<string> PackedLibraries() =>
    [
        typeof(RuleSetDefinition).Assembly.GetName().Name!,
        typeof(Accountability.Rules.Data.LoadResult<>).Assembly.GetName().Name!,
        typeof(Accountability.Rules.NRules.NRulesEngine).Assembly.GetName().Name!,
    ];

    [Theory]
    [MemberData(nameof(PackedLibraries))]
    public void PublicApi_MatchesBaseline(string assemblyName)
    {
        var assembly = Assembly.Load(assemblyName);

        var api = assembly.GeneratePublicApi(new ApiGeneratorOptions
        {
            IncludeAssemblyAttributes = false,
        });

        Approvals.Verify(api, assemblyName, Folder);
    }
}
