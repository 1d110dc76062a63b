using BenchmarkDotNet.Running;
using NewsDashboard.Extraction.Benchmarks;

// "linearity": grow each hostile input 10× and check the time grows at most ~12× (a runnable check, exit code 1 if not).
if (args is ["linearity", ..])
{
    return Linearity.Run(Console.Out);
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
