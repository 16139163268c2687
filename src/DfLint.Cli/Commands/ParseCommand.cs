using System;
using System.CommandLine;
using System.Globalization;
using DfLint.Cli.Discovery;
using DfLint.Parsing;

namespace DfLint.Cli.Commands;

/// <summary><c>dflint parse FILE [--format buildkit|json]</c>: shows how DfLint reads a Dockerfile.</summary>
public static class ParseCommand
{
    public static Command Create(CliContext context)
    {
        var file = new Argument<string>("FILE") { Description = "The Dockerfile to parse; '-' reads standard input." };
        var format = new Option<string>("--format", "-f")
        {
            Description = "buildkit (the default): the node tree as BuildKit's parser dumps it; json: DfLint's syntax tree with line/column spans.",
            HelpName = "FORMAT",
            DefaultValueFactory = _ => "buildkit",
        };
        format.AcceptOnlyFromAmong("buildkit", "json");
        var command = new Command("parse", "Print how a Dockerfile is parsed; parse errors go to standard error (exit 1).") { file, format };
        command.SetAction(pr => Run(context, pr.GetValue(file)!, pr.GetValue(format) ?? "buildkit"));
        return command;
    }

    public static int Run(CliContext context, string path, string format)
    {
        ReadResult read;
        string display;
        if (path == InputResolver.StdinArgument)
        {
            display = "-";
            read = DockerfileReader.ReadStdin(context.Stdin, display);
        }
        else
        {
            string full = context.FullPath(path);
            display = context.DisplayPath(full);
            if (!System.IO.File.Exists(full) && !System.IO.Directory.Exists(full)) throw new CliException($"path '{path}' does not exist");
            read = DockerfileReader.ReadFile(full, display);
        }
        if (read.Warning is not null) context.Warn(read.Warning);
        if (read.Text is null) throw new CliException(read.Error!);

        var syntax = DockerfileParser.Parse(read.Text);
        context.Stdout.Write(format == "json" ? AstJsonWriter.Write(syntax) : BuildKitDump.Dump(syntax));
        foreach (var d in syntax.Diagnostics)
        {
            var p = syntax.Source.GetLinePosition(d.Span.Start);
            context.Stderr.WriteLine(string.Format(CultureInfo.InvariantCulture, "{0}:{1}:{2}: error DF000: {3}", display, p.Line, p.Column, d.Message));
        }
        return syntax.Diagnostics.Count > 0 ? ExitCodes.Findings : ExitCodes.Success;
    }
}
