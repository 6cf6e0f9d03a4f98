using System.Reflection;
using BenchmarkDotNet.Running;

// `--loop <Class.Method> <count>`: the setup, then the row <count> times, nothing else (for a profiler
// such as `perf` or `dotnet-trace`), and on standard error the time, processor time and bytes allocated
// per call of the second half of the calls (the first half warms the code up): a quick A/B of two
// builds, run in turns (processor time holds better than wall time on a busy machine).
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
        var warm = count / 2;
        for (var i = 0; i < warm; i++)
        {
            sum += body();
        }

        var bytes = GC.GetAllocatedBytesForCurrentThread();
        using var process = System.Diagnostics.Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        for (var i = warm; i < count; i++)
        {
            sum += body();
        }

        var elapsed = System.Diagnostics.Stopwatch.GetElapsedTime(started);
        process.Refresh();
        var busy = process.TotalProcessorTime - cpu;
        var measured = Math.Max(1, count - warm);
        Console.Error.WriteLine(string.Create(
            System.Globalization.CultureInfo.InvariantCulture,
            $"{row}: {elapsed.TotalMicroseconds / measured:F2} us and {(GC.GetAllocatedBytesForCurrentThread() - bytes) / measured} B per call, {busy.TotalMicroseconds / measured:F2} us of processor time (every thread) per call ({measured} calls after {warm})"));
        return sum == int.MinValue ? 1 : 0;
    }
}
