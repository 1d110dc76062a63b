using NewsDashboard.Load;

return args.FirstOrDefault() switch
{
    "queries" => await QueryBenchmark.RunAsync(args[1..]),
    "load" => await LoadTool.RunAsync(args[1..]),
    "circuits" => await CircuitLoad.RunAsync(args[1..]),
    "highlight" => HighlightLinearity.Run(args[1..]),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("""
        usage:
          newsdash-load queries [--articles 100000] [--db FILE] [--runs 50]
              generate a data set in a fresh SQLite file and time every dashboard query
          newsdash-load load [--rate 20] [--seconds 30] [--hub-clients 200] [--pages 0] [--page /] [--minimized] [--chromium PATH] [--templates DIR]
              start a server on loopback (fresh database), post the team's articles at a set rate (0: as fast as it
              takes them) with hub clients and Chromium pages connected, and report latencies, CPU and memory
          newsdash-load circuits [--count 1000] [--page /] [--rate 0] [--seconds 30] [--concurrency 16] [--settle 15] [--server-log] [--templates DIR]
              open N real Blazor Server circuits without a browser on a server it starts (loopback, the team's
              articles posted first) and report server memory per circuit; --rate posts while they stay connected
          newsdash-load highlight [--quotes 2400]
              time the article page's highlighting of N and 10 N quotes; exit code 1 if it grows more than 12×
          The team's articles are the fictional fixtures in tests/fixtures/articles/ and the seed article in seeds/
          (37, in file-name order); --templates DIR posts the .txt files of another folder instead.
        """);
    return 2;
}
