using System;

namespace DfLint.Cli;

public static class Program
{
    public static int Main(string[] args)
    {
        Console.WriteLine("dflint");
        return 0;
    }
}
