using System.Linq.Expressions;
using FastExpressionCompiler;
using NRules.Extensibility;

namespace Accountability.Rules.NRules.Network;

/// <summary>
/// Compiles NRules' condition and action expressions with FastExpressionCompiler, falling back to
/// the framework's compiler for an expression it does not support.
/// </summary>
internal sealed class FastExpressionCompilerAdapter : IExpressionCompiler
{
    public static FastExpressionCompilerAdapter Instance { get; } = new();

    public TDelegate Compile<TDelegate>(Expression<TDelegate> expression)
        where TDelegate : Delegate =>
        expression.CompileFast(ifFastFailedReturnNull: true) ?? expression.Compile();
}
