using System;
using System.IO;
using DfLint.Tools.NewRule;

// dotnet run --project tools/NewRule -- DF123 Run UseSomething [--severity info|warning|error] [--title "..."]
// dotnet run --project tools/NewRule -- sync
try
{
    var root = Repository.FindRoot(Directory.GetCurrentDirectory());
    if (args.Length == 1 && args[0] == "sync")
    {
        foreach (var changed in Sync.Run(root)) Console.WriteLine("updated " + changed);
        Console.WriteLine("generated files are up to date");
        return 0;
    }
    var request = ScaffoldRequest.Parse(args);
    foreach (var file in Scaffolder.Create(root, request)) Console.WriteLine("created " + file);
    Console.WriteLine();
    Console.WriteLine("Next: write the rule, its page, sample and tests (they fail until the rule reports), then run");
    Console.WriteLine("  dotnet run --project tools/NewRule -- sync   # README table, rules/equivalents.md, analyzer release rows");
    Console.WriteLine("  dotnet test tests/DfLint.Core.Tests -c Release --filter " + request.Id);
    return 0;
}
catch (UsageException ex)
{
    Console.Error.WriteLine("newrule: " + ex.Message);
    Console.Error.WriteLine("usage: dotnet run --project tools/NewRule -- DFnnn <Category> <PascalCaseName> [--severity info|warning|error] [--title \"...\"]");
    Console.Error.WriteLine("       dotnet run --project tools/NewRule -- sync");
    return 2;
}
