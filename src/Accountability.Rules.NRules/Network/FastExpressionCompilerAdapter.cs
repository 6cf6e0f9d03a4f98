using System.Diagnostics.CodeAnalysis;
using System.Linq.Expressions;
using System.Runtime.CompilerServices;
using FastExpressionCompiler;
using NRules.Extensibility;

namespace Accountability.Rules.NRules.Network;

/// <summary>
/// Compiles NRules' condition and action expressions with FastExpressionCompiler, falling back to
/// the framework's compiler for an expression it does not support. Where code cannot be generated at
/// run time (Native AOT), the framework's interpreter runs them instead.
/// </summary>
internal sealed class FastExpressionCompilerAdapter : IExpressionCompiler
{
    public static FastExpressionCompilerAdapter Instance { get; } = new();

    public TDelegate Compile<TDelegate>(Expression<TDelegate> expression)
        where TDelegate : Delegate =>
        RuntimeFeature.IsDynamicCodeSupported ? CompileToCode(expression) : expression.Compile(preferInterpretation: true);

    [UnconditionalSuppressMessage("AOT", "IL2026", Justification = "Only where dynamic code is supported; Native AOT interprets.")]
    [UnconditionalSuppressMessage("AOT", "IL3050", Justification = "Only where dynamic code is supported; Native AOT interprets.")]
    private static TDelegate CompileToCode<TDelegate>(Expression<TDelegate> expression)
        where TDelegate : Delegate =>
        expression.CompileFast(ifFastFailedReturnNull: true) ?? expression.Compile();
}
