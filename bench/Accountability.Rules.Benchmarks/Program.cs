using System.Reflection;
using BenchmarkDotNet.Running;

// `--loop <Class.Method> <count>`: the setup, then the row <count> times, nothing else (for
// `valgrind --tool=callgrind`, whose instruction counts hold on a busy machine, or `dotnet-trace`).
if (args is ["--loop", var row, var count])
{
    return Loop.Run(row, int.Parse(count, System.Globalization.CultureInfo.InvariantCulture));
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;

/// <summary>Runs one benchmark row in a plain loop after its global setup.</summary>
internal static class Loop
{
    public static int Run(string row, int count)
    {
        var dot = row.LastIndexOf('.');
        var type = typeof(Loop).Assembly.GetTypes().SingleOrDefault(t => t.Name == row[..dot])
            ?? throw new ArgumentException($"No benchmark class {row[..dot]}.");
        var instance = Activator.CreateInstance(type)!;
        foreach (var setup in type.GetMethods().Where(m => m.GetCustomAttribute<BenchmarkDotNet.Attributes.GlobalSetupAttribute>() is not null))
        {
            setup.Invoke(instance, null);
        }

        var method = type.GetMethod(row[(dot + 1)..]) ?? throw new ArgumentException($"No benchmark {row}.");
        var body = (Func<int>)Delegate.CreateDelegate(typeof(Func<int>), instance, method);
        var sum = 0;
        for (var i = 0; i < count; i++)
        {
            sum += body();
        }

        return sum == int.MinValue ? 1 : 0;
    }
}
