using System.Diagnostics;
using System.Globalization;
using System.Linq.Expressions;
using System.Reflection;
using BenchmarkDotNet.Attributes;

namespace NtSim.Bench;

/// <summary>Runs one benchmark method in a loop outside BenchmarkDotNet, for a profiler to sample
/// (with DOTNET_PerfMapEnabled=1 for perf): its [GlobalSetup], the loop, its [GlobalCleanup].</summary>
internal static class BenchmarkLoop
{
    internal static int Run(string name, string? secondsText)
    {
        var seconds = 10.0;
        if (secondsText is not null && !double.TryParse(secondsText, NumberStyles.Float, CultureInfo.InvariantCulture, out seconds))
        {
            Console.Error.WriteLine($"--loop: '{secondsText}' is not a number of seconds.");
            return 2;
        }

        var dot = name.LastIndexOf('.');
        var type = dot > 0 ? typeof(BenchmarkLoop).Assembly.GetTypes().FirstOrDefault(t => t.Name == name[..dot]) : null;
        var method = type?.GetMethod(name[(dot + 1)..], BindingFlags.Public | BindingFlags.Instance);
        if (type is null || method?.GetCustomAttribute<BenchmarkAttribute>() is null)
        {
            Console.Error.WriteLine($"--loop: '{name}' is not a benchmark; give <Class>.<Method>, e.g. PoolBenchmarks.PoolAllocFree.");
            return 2;
        }

        var instance = Activator.CreateInstance(type)!;
        Invoke<GlobalSetupAttribute>(type, instance);
        // A void body is called directly; one that returns a value through a compiled lambda that drops it.
        var body = method.ReturnType == typeof(void)
            ? (Action)Delegate.CreateDelegate(typeof(Action), instance, method)
            : Expression.Lambda<Action>(Expression.Call(Expression.Constant(instance), method)).Compile();
        var clock = Stopwatch.StartNew();
        long calls = 0;
        while (clock.Elapsed.TotalSeconds < seconds)
        {
            for (var i = 0; i < 10_000; i++)
            {
                body();
            }

            calls += 10_000;
        }

        Invoke<GlobalCleanupAttribute>(type, instance);
        Console.WriteLine($"{name}: {calls:N0} calls in {clock.Elapsed.TotalSeconds:F1} s, {clock.Elapsed.TotalNanoseconds / calls:F1} ns each");
        return 0;
    }

    private static void Invoke<TAttribute>(Type type, object instance)
        where TAttribute : Attribute
    {
        foreach (var m in type.GetMethods().Where(m => m.GetCustomAttribute<TAttribute>() is not null))
        {
            m.Invoke(instance, null);
        }
    }
}
