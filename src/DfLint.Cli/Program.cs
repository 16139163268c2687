using System;
using System.Collections;
using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.IO;
using System.Linq;
using DfLint.Cli.Commands;

namespace DfLint.Cli;

public static class Program
{
    private static readonly string[] CommandNames = { "lint", "rules", "parse" };
    private static readonly string[] RootOnlyTokens = { "-h", "--help", "-?", "/?", "/h", "--version", "[suggest]" };

    public static int Main(string[] args)
    {
        var environment = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (DictionaryEntry e in System.Environment.GetEnvironmentVariables())
            environment[(string)e.Key] = e.Value as string;
        var context = new CliContext(Console.In, Console.Out, Console.Error, Directory.GetCurrentDirectory(), environment,
            StdoutIsTerminal: !Console.IsOutputRedirected);
        return Run(args, context);
    }

    /// <summary>Runs the CLI in-process: tests call this with their own streams, directory and environment.</summary>
    public static int Run(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr, string workingDirectory,
        IReadOnlyDictionary<string, string?> environment)
        => Run(args, new CliContext(stdin, stdout, stderr, Path.GetFullPath(workingDirectory), environment, StdoutIsTerminal: false));

    internal static int Run(string[] args, CliContext context)
    {
        try
        {
            var root = BuildRootCommand(context);
            var parseResult = root.Parse(NormalizeArguments(args), new ParserConfiguration { ResponseFileTokenReplacer = null });
            if (parseResult.Action is ParseErrorAction)
            {
                foreach (var error in parseResult.Errors)
                    context.Error(JoinLines(error.Message));
                string command = parseResult.CommandResult.Command is RootCommand ? "dflint" : "dflint " + parseResult.CommandResult.Command.Name;
                context.Stderr.WriteLine($"Run '{command} --help' for usage.");
                return ExitCodes.Error;
            }
            return parseResult.Invoke(new InvocationConfiguration
            {
                Output = context.Stdout,
                Error = context.Stderr,
                EnableDefaultExceptionHandler = false,
                ProcessTerminationTimeout = null,
            });
        }
        catch (CliException e)
        {
            context.Error(OneLine(e.Message));
            return ExitCodes.Error;
        }
        catch (Exception e)
        {
            context.Error(OneLine(e.Message.Length > 0 ? e.Message : e.GetType().Name));
            return ExitCodes.Error;
        }
    }

    /// <summary><c>dflint PATH…</c> means <c>dflint lint PATH…</c>; <c>dflint</c> alone shows the help.</summary>
    internal static string[] NormalizeArguments(string[] args)
    {
        if (args.Length == 0) return new[] { "--help" };
        if (CommandNames.Contains(args[0], StringComparer.Ordinal) || RootOnlyTokens.Contains(args[0], StringComparer.Ordinal))
            return args;
        return new[] { "lint" }.Concat(args).ToArray();
    }

    internal static RootCommand BuildRootCommand(CliContext context)
    {
        var root = new RootCommand("dflint: a Dockerfile linter that reads Dockerfiles as BuildKit does.");
        root.Add(LintCommand.Create(context));
        root.Add(RulesCommand.Create(context));
        root.Add(ParseCommand.Create(context));

        foreach (var option in root.Options)
        {
            if (option is VersionOption version)
            {
                version.Description = "Print the version of dflint and exit.";
                version.Action = new PrintAction(pr => { context.Stdout.WriteLine("dflint " + CliContext.ToolVersion); return 0; });
            }
            else if (option is HelpOption help && help.Action is HelpAction defaultHelp)
            {
                help.Action = new PrintAction(pr =>
                {
                    int code = defaultHelp.Invoke(pr);
                    if (pr.CommandResult.Command is RootCommand) context.Stdout.Write(RootHelpEpilogue);
                    return code;
                });
            }
        }
        return root;
    }

    private const string RootHelpEpilogue =
        "Examples:\n" +
        "  dflint Dockerfile                      Lint one file (same as 'dflint lint Dockerfile').\n" +
        "  dflint .                               Lint every Dockerfile below the current directory.\n" +
        "  dflint 'services/*/Dockerfile'         Lint the files a glob matches.\n" +
        "  dflint --format sarif -o dflint.sarif .  Write a SARIF report for code scanning.\n" +
        "  cat Dockerfile | dflint -              Lint standard input.\n" +
        "  dflint rules DF000                     Show a rule's documentation.\n" +
        "\n" +
        "Exit codes: 0 no findings at or above the failure threshold, 1 findings, 2 usage, configuration or I/O error.\n" +
        "A missing path, a directory without Dockerfiles or a glob that matches nothing is an error (exit 2); the other\n" +
        "files are still linted and reported.\n" +
        "Configuration: dotnet_diagnostic.<ID>.severity and dflint.<option> keys in .editorconfig, .globalconfig or\n" +
        "--config; .hadolint.yaml is honoured for ignored, override, trustedRegistries and failure-threshold.\n";

    internal static string JoinLines(string message)
        => string.Join(" ", message.Replace("\r", string.Empty).Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0));

    internal static string OneLine(string message)
    {
        var line = message.Replace("\r", string.Empty).Split('\n').FirstOrDefault(l => l.Trim().Length > 0) ?? message;
        return line.Trim();
    }

    private sealed class PrintAction : SynchronousCommandLineAction
    {
        private readonly Func<ParseResult, int> _action;

        public PrintAction(Func<ParseResult, int> action) { _action = action; }

        public override bool ClearsParseErrors => true;

        public override int Invoke(ParseResult parseResult) => _action(parseResult);
    }
}
