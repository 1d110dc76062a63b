using NewsDashboard.Load;

return args.FirstOrDefault() switch
{
    "queries" => await QueryBenchmark.RunAsync(args[1..]),
    "load" => await LoadTool.RunAsync(args[1..]),
    "circuits" => await CircuitLoad.RunAsync(args[1..]),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("""
        usage:
          newsdash-load queries [--articles 100000] [--db FILE] [--runs 50]
              generate a data set in a fresh SQLite file and time every dashboard query
          newsdash-load load --server URL --api-key KEY [--rate 20] [--seconds 30] [--hub-clients 200] [--pages 20] [--chromium PATH]
              post articles at a set rate to a running server (loopback only) and report latencies
          newsdash-load circuits [--count 1000] [--page /] [--rate 0] [--seconds 30] [--concurrency 16] [--settle 5] [--server-log]
              open N real Blazor Server circuits without a browser on a server it starts (loopback, team seeds
              posted first) and report server memory per circuit; --rate posts while they stay connected
        """);
    return 2;
}
