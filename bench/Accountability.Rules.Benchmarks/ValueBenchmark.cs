using System.Collections.Immutable;
using Accountability.Rules.Facts;
using BenchmarkDotNet.Attributes;
using NodaTime;

namespace Accountability.Rules.Benchmarks;

/// <summary>
/// <see cref="Value"/>'s own operations, each over 1,024 values of a case's mix (numbers, texts, dates,
/// booleans, absent values, a few periods and lists): what conditions and the engines' joins do to
/// fields (<c>Kind</c>, <c>AsNumber</c>, <c>Equals</c>, <c>CompareTo</c>, <c>GetHashCode</c>) and copying
/// an array of them. Run:
/// <c>dotnet run -c Release --project bench/Accountability.Rules.Benchmarks -- --filter '*ValueBenchmark*'</c>.
/// </summary>
public class ValueBenchmark
{
    private const int Count = 1024;
    private readonly Value[] _left = new Value[Count];
    private readonly Value[] _right = new Value[Count];
    private readonly Value[] _copy = new Value[Count];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(10);
        for (var i = 0; i < Count; i++)
        {
            (_left[i], _right[i]) = (random.Next(16)) switch
            {
                < 5 => (Value.Of(random.Next(100) * 1000m), Value.Of(random.Next(100) * 1000.00m)),
                < 9 => (Value.Of(Codes[random.Next(Codes.Length)]), Value.Of(Codes[random.Next(Codes.Length)])),
                < 11 => (Value.Of(new LocalDate(2024, 1, 1).PlusDays(random.Next(30))), Value.Of(new LocalDate(2024, 1, 1).PlusDays(random.Next(30)))),
                < 13 => (Value.Of(random.Next(2) == 0), Value.Of(random.Next(2) == 0)),
                < 14 => (Value.Of(Period.FromMonths(random.Next(1, 3))), Value.Of(Period.FromMonths(random.Next(1, 3)))),
                < 15 => (Value.Of(ImmutableArray.Create(Codes[random.Next(Codes.Length)])), Value.Of(ImmutableArray.Create(Codes[random.Next(Codes.Length)]))),
                _ => (Value.Null, random.Next(2) == 0 ? Value.Null : Value.Of(1m)),
            };
        }
    }

    private static readonly string[] Codes = ["major", "minor", "诫勉", "降职", "免职"];

    [Benchmark]
    public int Kind()
    {
        var sum = 0;
        foreach (var value in _left)
        {
            sum += (int)value.Kind;
        }

        return sum;
    }

    [Benchmark]
    public int AsNumber()
    {
        var sum = 0;
        foreach (var value in _left)
        {
            if (value.Kind == ValueKind.Number && value.AsNumber > 50000m)
            {
                sum++;
            }
        }

        return sum;
    }

    [Benchmark]
    public int IsNull()
    {
        var sum = 0;
        foreach (var value in _left)
        {
            if (!value.IsNull)
            {
                sum++;
            }
        }

        return sum;
    }

    [Benchmark]
    public int EqualsRow()
    {
        var sum = 0;
        for (var i = 0; i < Count; i++)
        {
            if (_left[i].Equals(_right[i]))
            {
                sum++;
            }
        }

        return sum;
    }

    [Benchmark]
    public int CompareToRow()
    {
        var sum = 0;
        for (var i = 0; i < Count; i++)
        {
            var (left, right) = (_left[i], _right[i]);
            if (left.Kind is ValueKind.Number or ValueKind.Text or ValueKind.Date or ValueKind.Boolean && left.Kind == right.Kind)
            {
                if (left.CompareTo(right) < 0)
                {
                    sum++;
                }
            }
        }

        return sum;
    }

    [Benchmark]
    public int HashRow()
    {
        var sum = 0;
        foreach (var value in _left)
        {
            if ((value.GetHashCode() & 1) == 0)
            {
                sum++;
            }
        }

        return sum;
    }

    [Benchmark]
    public int CopyArray()
    {
        Array.Copy(_left, _copy, Count);
        return _copy.Length;
    }
}
