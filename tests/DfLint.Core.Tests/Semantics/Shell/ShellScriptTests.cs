using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using DfLint.Semantics.Shell;
using DfLint.Syntax;

namespace DfLint.Core.Tests.Semantics.Shell;

public class ShellScriptTests
{
    private static IReadOnlyList<ShellCommand> Parse(string script) => ShellScript.Parse(script).Commands;

    private static string[] Names(string script) => Parse(script).Select(c => c.Name.Value).ToArray();

    private static string[] Lines(string script) => Parse(script).Select(c => c.ToString()).ToArray();

    /// <summary>
    /// Builds the text BuildKit hands to the shell from a RUN's physical lines: each <c>\&lt;newline&gt;</c> is removed
    /// and the pieces keep their file offsets.
    /// </summary>
    private static MappedText JoinContinuations(string file, int start)
    {
        var text = new StringBuilder();
        var textStarts = new List<int>();
        var fileStarts = new List<int>();
        int pos = start;
        while (true)
        {
            int cont = file.IndexOf("\\\n", pos, StringComparison.Ordinal);
            int end = cont < 0 ? file.Length : cont;
            textStarts.Add(text.Length);
            fileStarts.Add(pos);
            text.Append(file, pos, end - pos);
            if (cont < 0) break;
            pos = cont + 2;
        }
        return new MappedText(text.ToString(), textStarts.ToArray(), fileStarts.ToArray());
    }

    private static string At(string file, SourceSpan span) => file.Substring(span.Start, span.Length);

    [Fact]
    public void Maps_every_word_to_its_file_span_across_continuation_lines()
    {
        const string file = "FROM x\nRUN apt-get update \\\n    && DEBIAN_FRONTEND=noninteractive apt-get install -y \\\n       curl \\\n       ca-certificates\n";
        var text = JoinContinuations(file, file.IndexOf("apt-get", StringComparison.Ordinal));

        var commands = ShellScript.Parse(text).Commands;

        commands.Should().HaveCount(2);
        var install = commands[1];
        install.Name.Value.Should().Be("apt-get");
        install.Arguments.Select(a => a.Value).Should().Equal("install", "-y", "curl", "ca-certificates");
        foreach (var word in new[] { install.Name }.Concat(install.Arguments).Concat(commands[0].Arguments).Concat(install.Assignments))
            At(file, word.Span).Should().Be(word.Raw);
        install.Arguments[3].Span.Start.Should().Be(file.IndexOf("ca-certificates", StringComparison.Ordinal));
        install.Assignments.Single().Value.Should().Be("DEBIAN_FRONTEND=noninteractive");
        At(file, install.Span).Should().StartWith("DEBIAN_FRONTEND=").And.EndWith("ca-certificates");
        install.PrecededBy.Should().Be(ShellOperator.And);
    }

    [Fact]
    public void A_word_split_by_a_continuation_spans_both_lines()
    {
        const string file = "RUN apt-get ins\\\ntall -y curl";
        var text = JoinContinuations(file, 4);

        var command = ShellScript.Parse(text).Commands.Single();

        var word = command.Arguments[0];
        word.Value.Should().Be("install");
        word.Raw.Should().Be("install");
        At(file, word.Span).Should().Be("ins\\\ntall");
    }

    [Fact]
    public void Spans_of_a_contiguous_text_are_offset_by_its_file_start()
    {
        var command = ShellScript.Parse("echo 'a b' c", 100).Commands.Single();

        command.Name.Span.Should().Be(new SourceSpan(100, 4));
        command.Arguments[0].Should().Be(new ShellWord("a b", "'a b'", new SourceSpan(105, 5)));
        command.Arguments[1].Span.Should().Be(new SourceSpan(111, 1));
        command.Span.Should().Be(new SourceSpan(100, 12));
    }

    [Theory]
    [InlineData("a && b", ShellOperator.And)]
    [InlineData("a || b", ShellOperator.Or)]
    [InlineData("a ; b", ShellOperator.Semicolon)]
    [InlineData("a;b", ShellOperator.Semicolon)]
    [InlineData("a | b", ShellOperator.Pipe)]
    [InlineData("a |& b", ShellOperator.Pipe)]
    [InlineData("a & b", ShellOperator.Background)]
    [InlineData("a\nb", ShellOperator.Newline)]
    [InlineData("a &&\n  b", ShellOperator.And)]
    [InlineData("a | # comment\n b", ShellOperator.Pipe)]
    public void Records_the_operator_before_each_command(string script, ShellOperator expected)
    {
        var commands = Parse(script);

        commands.Select(c => c.Name.Value).Should().Equal("a", "b");
        commands[0].PrecededBy.Should().Be(ShellOperator.None);
        commands[1].PrecededBy.Should().Be(expected);
    }

    [Fact]
    public void Splits_a_typical_run_line()
    {
        Lines("set -eux; apt-get update && apt-get install -y --no-install-recommends curl=7.* && rm -rf /var/lib/apt/lists/*")
            .Should().Equal("set -eux", "apt-get update", "apt-get install -y --no-install-recommends curl=7.*", "rm -rf /var/lib/apt/lists/*");
    }

    [Theory]
    [InlineData("echo 'a && b; c | d'", "a && b; c | d")]
    [InlineData("echo \"a && b\"", "a && b")]
    [InlineData("echo a\\ b", "a b")]
    [InlineData("echo \"x\\\"y\\$z\\a\"", "x\"y$z\\a")]
    [InlineData("echo 'it'\\''s'", "it's")]
    [InlineData("echo a\"b\"'c'", "abc")]
    [InlineData("echo $'a\\tb'", "a\tb")]
    [InlineData("echo \"$HOME\"/x", "$HOME/x")]
    [InlineData("echo ${A:-b c}", "${A:-b c}")]
    [InlineData("echo $((1 + 2))", "$((1 + 2))")]
    [InlineData("echo a#b", "a#b")]
    [InlineData("echo ab\\\ncd", "abcd")]
    public void Removes_quotes_and_keeps_expansions_as_written(string script, string expected)
    {
        var command = Parse(script).Single();

        command.Arguments.Single().Value.Should().Be(expected);
    }

    [Fact]
    public void Raw_keeps_the_quotes()
    {
        Parse("echo \"a b\"'c'").Single().Arguments[0].Raw.Should().Be("\"a b\"'c'");
    }

    [Theory]
    [InlineData("echo a # b && c", new[] { "echo a" })]
    [InlineData("# only a comment", new string[0])]
    [InlineData("a\n# b\nc", new[] { "a", "c" })]
    [InlineData("echo x#y", new[] { "echo x#y" })]
    public void Skips_comments(string script, string[] expected)
    {
        Lines(script).Should().Equal(expected);
    }

    [Theory]
    [InlineData("make > build.log 2>&1", "make")]
    [InlineData("cmd 2>/dev/null arg", "cmd arg")]
    [InlineData("cmd >>out <in &>all arg", "cmd arg")]
    [InlineData("> out cmd arg", "cmd arg")]
    [InlineData("cat <<< \"hello\" x", "cat x")]
    [InlineData("cmd 3>&- 1>| f <> g", "cmd")]
    public void Redirections_are_not_arguments(string script, string expected)
    {
        Lines(script).Should().Equal(expected);
    }

    [Fact]
    public void A_redirection_is_part_of_the_command_span()
    {
        var command = Parse("make 2>&1").Single();

        command.Span.Should().Be(new SourceSpan(0, 9));
        command.Arguments.Should().BeEmpty();
    }

    [Fact]
    public void Skips_heredoc_bodies_inside_the_script()
    {
        const string script = "cat <<EOF > /etc/x.conf && echo done\nrm -rf /\nEOF\napt-get update\ncat <<-'END'\n\tnot a command\n\tEND\nls";

        Lines(script).Should().Equal("cat", "echo done", "apt-get update", "cat", "ls");
    }

    [Fact]
    public void Skips_leading_assignments()
    {
        var command = Parse("A=1 B=\"x y\" C+=z apt-get install x").Single();

        command.Name.Value.Should().Be("apt-get");
        command.Assignments.Select(a => a.Value).Should().Equal("A=1", "B=x y", "C+=z");
        command.Span.Start.Should().Be(0);
    }

    [Fact]
    public void A_lone_assignment_is_not_a_command()
    {
        Lines("A=1; B=$(whoami)").Should().Equal("whoami");
    }

    [Fact]
    public void An_assignment_after_the_name_is_an_argument()
    {
        Lines("make CC=gcc all").Should().Equal("make CC=gcc all");
        Lines("\"A=1\" cmd").Should().Equal("A=1 cmd");
    }

    [Theory]
    [InlineData("sudo apt-get update", "apt-get update", "sudo")]
    [InlineData("sudo -u root -E apt-get update", "apt-get update", "sudo")]
    [InlineData("sudo --user=root -- apt-get update", "apt-get update", "sudo")]
    [InlineData("env -i PATH=/bin apt-get update", "apt-get update", "env")]
    [InlineData("time -p make all", "make all", "time")]
    [InlineData("nice -n 10 make", "make", "nice")]
    [InlineData("exec -a name nginx -g x", "nginx -g x", "exec")]
    [InlineData("command apt-get update", "apt-get update", "command")]
    [InlineData("nohup server &", "server", "nohup")]
    [InlineData("timeout -s KILL 10 make", "make", "timeout")]
    [InlineData("xargs -n 1 -I{} rm -rf {}", "rm -rf {}", "xargs")]
    [InlineData("sudo env DEBIAN_FRONTEND=noninteractive apt-get install x", "apt-get install x", "sudo env")]
    [InlineData("/usr/bin/sudo apt-get update", "apt-get update", "/usr/bin/sudo")]
    public void Skips_wrappers(string script, string expected, string wrappers)
    {
        var command = Parse(script).Single();

        command.ToString().Should().Be(expected);
        string.Join(" ", command.Wrappers.Select(w => w.Value)).Should().Be(wrappers);
    }

    [Fact]
    public void Env_assignments_join_the_command_assignments()
    {
        var command = Parse("env DEBIAN_FRONTEND=noninteractive apt-get install x").Single();

        command.Assignments.Select(a => a.Value).Should().Equal("DEBIAN_FRONTEND=noninteractive");
    }

    [Theory]
    [InlineData("command -v apt-get")]
    [InlineData("sudo")]
    [InlineData("env")]
    [InlineData("env A=1")]
    [InlineData("xargs")]
    public void A_wrapper_without_a_command_is_the_command(string script)
    {
        var command = Parse(script).Single();

        command.Name.Value.Should().Be(script.Split(' ')[0]);
        command.Wrappers.Should().BeEmpty();
        command.Assignments.Should().BeEmpty();
    }

    [Fact]
    public void Set_is_a_command_of_its_own()
    {
        Lines("set -eux && apt-get update").Should().Equal("set -eux", "apt-get update");
    }

    [Fact]
    public void Reads_sh_c_scripts_with_spans_inside_the_quotes()
    {
        const string script = "sh -c 'apt-get update && apt-get install -y \"curl\"'";
        var commands = Parse(script);

        commands.Select(c => c.ToString()).Should().Equal(
            "sh -c apt-get update && apt-get install -y \"curl\"", "apt-get update", "apt-get install -y curl");
        var install = commands[2];
        install.PrecededBy.Should().Be(ShellOperator.And);
        install.Name.Span.Start.Should().Be(script.IndexOf("apt-get install", StringComparison.Ordinal));
        var curl = install.Arguments[2];
        curl.Raw.Should().Be("\"curl\"");
        script.Substring(curl.Span.Start, curl.Span.Length).Should().Be("\"curl\"");
        commands[1].PrecededBy.Should().Be(ShellOperator.None);
    }

    [Fact]
    public void Maps_sh_c_spans_through_escapes_and_continuations()
    {
        const string file = "RUN bash -o pipefail -ec \"echo \\\"\\$HOME\\\" \\\n && pip install x\"";
        var text = JoinContinuations(file, 4);

        var commands = ShellScript.Parse(text).Commands;

        commands.Select(c => c.Name.Value).Should().Equal("bash", "echo", "pip");
        var home = commands[1].Arguments.Single();
        home.Value.Should().Be("$HOME");
        // The span runs from the first to the last character the inner word is made of: the escaped quotes.
        At(file, home.Span).Should().Be("\"\\$HOME\\\"");
        var pip = commands[2];
        At(file, pip.Name.Span).Should().Be("pip");
        At(file, pip.Arguments[1].Span).Should().Be("x");
    }

    [Theory]
    [InlineData("sudo -u app bash -c 'npm ci'", "npm")]
    [InlineData("/bin/sh -xc \"make\"", "make")]
    [InlineData("sh -c -- 'make'", "make")]
    public void Reads_wrapped_and_flagged_shell_scripts(string script, string inner)
    {
        Names(script).Should().HaveCount(2).And.EndWith(inner);
    }

    [Theory]
    [InlineData("sh script.sh -c 'make'")]
    [InlineData("sh -e 'make'")]
    public void Does_not_read_operands_that_are_not_c_scripts(string script)
    {
        Names(script).Should().Equal("sh");
    }

    [Fact]
    public void Reads_nested_sh_c()
    {
        Names("sh -c \"bash -c 'apt-get update'\"").Should().Equal("sh", "bash", "apt-get");
    }

    [Theory]
    [InlineData("(cd /src && make)", new[] { "cd", "make" })]
    [InlineData("{ apt-get update; apt-get install x; }", new[] { "apt-get", "apt-get" })]
    [InlineData("echo $(uname -m) `date`", new[] { "echo", "uname", "date" })]
    [InlineData("echo \"$(git rev-parse HEAD)\"", new[] { "echo", "git" })]
    [InlineData("diff <(sort a) >(tee b)", new[] { "diff", "sort", "tee" })]
    [InlineData("if [ -f x ]; then apt-get update; elif true; then :; else make; fi", new[] { "[", "apt-get", "true", ":", "make" })]
    [InlineData("for f in a $(ls) c; do rm $f; done", new[] { "ls", "rm" })]
    [InlineData("for ((i=0; i<3; i++)); do echo $i; done", new[] { "echo" })]
    [InlineData("while read -r l; do echo $l; done < file", new[] { "read", "echo" })]
    [InlineData("until false; do sleep 1; done", new[] { "false", "sleep" })]
    [InlineData("case \"$ARCH\" in\n amd64|x86_64) a=1 ;;\n (arm64) apt-get update ;;\n *) exit 1 ;;\nesac", new[] { "apt-get", "exit" })]
    [InlineData("x=$(case a in a) echo one;; esac)", new[] { "echo" })]
    [InlineData("f() { make; }; f", new[] { "make", "f" })]
    [InlineData("function f { make; }", new[] { "make" })]
    [InlineData("! grep -q x file", new[] { "grep" })]
    [InlineData("[[ -n $A && $B == x ]] && make", new[] { "[[", "make" })]
    [InlineData("(( i++ )) && make", new[] { "make" })]
    [InlineData("arr=(a b c) && make", new[] { "make" })]
    [InlineData("echo $(echo $(echo deep))", new[] { "echo", "echo", "echo" })]
    [InlineData("cat <<EOF\n$(not run)\nEOF\n", new[] { "cat" })]
    public void Flattens_compound_commands_and_substitutions(string script, string[] expected)
    {
        Names(script).Should().Equal(expected);
    }

    [Fact]
    public void Keywords_are_plain_words_outside_command_position()
    {
        Lines("echo if then fi done").Should().Equal("echo if then fi done");
        Lines("'if' x").Should().Equal("if x");
    }

    [Fact]
    public void Double_bracket_tests_keep_operators_as_arguments()
    {
        var command = Parse("[[ a && b || c < d ]]").Single();

        command.Arguments.Select(a => a.Value).Should().Equal("a", "&&", "b", "||", "c", "<", "d", "]]");
    }

    [Fact]
    public void Commands_in_substitutions_come_after_the_command_that_holds_them()
    {
        var commands = Parse("a $(b) | c");

        commands.Select(c => c.Name.Value).Should().Equal("a", "b", "c");
        commands[1].PrecededBy.Should().Be(ShellOperator.None);
        commands[2].PrecededBy.Should().Be(ShellOperator.Pipe);
    }

    [Fact]
    public void Substitution_spans_are_exact()
    {
        const string script = "echo \"$(git rev-parse --short HEAD)\"";
        var git = Parse(script)[1];

        git.Span.Should().Be(new SourceSpan(script.IndexOf("git", StringComparison.Ordinal), "git rev-parse --short HEAD".Length));
        git.Arguments[1].Span.Should().Be(new SourceSpan(script.IndexOf("--short", StringComparison.Ordinal), 7));
    }

    [Fact]
    public void Keeps_the_operator_across_keywords()
    {
        var commands = Parse("if a; then b; fi && c");

        commands.Select(c => c.PrecededBy).Should().Equal(ShellOperator.None, ShellOperator.Semicolon, ShellOperator.And);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\t ")]
    [InlineData("&& || ; |")]
    [InlineData("echo 'unterminated")]
    [InlineData("echo \"unterminated $(x")]
    [InlineData("echo $(unclosed")]
    [InlineData("echo `unclosed")]
    [InlineData(")))) (((( $( ${ $(( ` \\")]
    [InlineData("cat <<")]
    [InlineData("cat <<EOF\nnever closed")]
    [InlineData("case")]
    [InlineData("for")]
    [InlineData("function")]
    [InlineData("f(")]
    [InlineData("sh -c")]
    [InlineData("sh -c ''")]
    [InlineData("2>")]
    public void Never_throws_on_malformed_input(string script)
    {
        var act = () => ShellScript.Parse(script);

        act.Should().NotThrow();
    }

    [Fact]
    public void Reads_unterminated_substitutions_up_to_the_end()
    {
        Lines("echo $(apt-get update && make").Should().Equal("echo $(apt-get update && make", "apt-get update", "make");
    }

    [Fact]
    public void Never_throws_on_random_input()
    {
        const string alphabet = "ab -c'\"\\$(){}[]`;&|<>#\n\t=!*?~sh";
        var random = new Random(12345);
        for (int round = 0; round < 2000; round++)
        {
            var chars = new char[random.Next(0, 60)];
            for (int i = 0; i < chars.Length; i++) chars[i] = alphabet[random.Next(alphabet.Length)];
            string script = new(chars);

            var commands = ShellScript.Parse(script, 10).Commands;

            foreach (var command in commands)
            {
                command.Span.Start.Should().BeGreaterThanOrEqualTo(10, script);
                command.Span.End.Should().BeLessThanOrEqualTo(10 + script.Length, script);
            }
        }
    }

    [Fact]
    public void Handles_a_long_script_in_linear_time()
    {
        var builder = new StringBuilder();
        while (builder.Length < 100_000) builder.Append("apt-get install -y \"pkg\" $(echo x) && ");
        builder.Append("true");

        var watch = System.Diagnostics.Stopwatch.StartNew();
        var commands = ShellScript.Parse(builder.ToString()).Commands;
        watch.Stop();

        commands.Count(c => c.Name.Value == "apt-get").Should().Be(commands.Count(c => c.Name.Value == "echo"));
        commands.Last().Name.Value.Should().Be("true");
        watch.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(5));
    }

    [Theory]
    [InlineData("$(( ")]
    [InlineData("${ ")]
    [InlineData("x=( ")]
    [InlineData("\"$(echo ")]
    [InlineData("echo $(")]
    [InlineData("`")]
    [InlineData("cat <<E$(x) ")]
    [InlineData("sudo env A=1 ")]
    [InlineData("case a in ")]
    [InlineData("for x in a; do ")]
    [InlineData("sh -c 'sh -c \"x\"' ")]
    public void Handles_adversarial_repetition_in_linear_time(string unit)
    {
        var builder = new StringBuilder();
        while (builder.Length < 100_000) builder.Append(unit);

        var watch = System.Diagnostics.Stopwatch.StartNew();
        var act = () => ShellScript.Parse(builder.ToString());
        act.Should().NotThrow();
        watch.Stop();

        watch.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(2));
    }

    [Fact]
    public void Reads_a_heredoc_body_with_crlf_and_a_nested_heredoc()
    {
        const string file = "RUN <<EOF\r\n#!/bin/bash\r\nset -e\r\ncat > /etc/apt/x <<'EOT'\r\nnot; a command\r\nEOT\r\napt-get update\r\nEOF\r\n";
        int start = file.IndexOf("#!", StringComparison.Ordinal);
        int end = file.LastIndexOf("EOF", StringComparison.Ordinal);
        var body = MappedText.Contiguous(file.Substring(start, end - start), start);

        var commands = ShellScript.Parse(body).Commands;

        commands.Select(c => c.ToString()).Should().Equal("set -e", "cat", "apt-get update");
        At(file, commands[2].Span).Should().Be("apt-get update");
        commands[2].PrecededBy.Should().Be(ShellOperator.Newline);
    }

    [Fact]
    public void Survives_deeply_nested_subshells()
    {
        const int depth = 50_000;
        string script = string.Concat(Enumerable.Repeat("( ", depth)) + "make" + string.Concat(Enumerable.Repeat(" )", depth));

        Names(script).Should().Equal("make");
    }

    [Fact]
    public void Survives_deeply_nested_substitutions()
    {
        const int depth = 20_000;
        string script = string.Concat(Enumerable.Repeat("echo $(", depth)) + "make" + new string(')', depth);

        var names = Names(script);

        names.Should().OnlyContain(n => n == "echo");
        names.Length.Should().BeGreaterThan(10).And.BeLessThan(100);
    }

    [Fact]
    public void Deep_nesting_fits_in_a_small_stack()
    {
        string[] scripts =
        {
            string.Concat(Enumerable.Repeat("echo \"$(", 5_000)),
            string.Concat(Enumerable.Repeat("a `b $(c <(d ", 5_000)),
            string.Concat(Enumerable.Repeat("for x in $(case y in z) ", 5_000)),
        };
        Exception? failure = null;
        var thread = new System.Threading.Thread(() =>
        {
            try
            {
                foreach (var script in scripts) ShellScript.Parse(script);
            }
            catch (Exception e)
            {
                failure = e;
            }
        }, maxStackSize: 256 * 1024);

        thread.Start();
        thread.Join();

        failure.Should().BeNull();
    }

    [Fact]
    public void Survives_deeply_nested_backticks_and_sh_c()
    {
        string backticks = new string('`', 30_000);
        string shells = string.Concat(Enumerable.Repeat("sh -c ", 30_000)) + "make";
        string quotes = string.Concat(Enumerable.Repeat("echo \"$(", 20_000));

        var act = () =>
        {
            ShellScript.Parse(backticks);
            ShellScript.Parse(shells);
            ShellScript.Parse(quotes);
        };

        act.Should().NotThrow();
    }
}
