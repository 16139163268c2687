using System.Linq;
using DfLint.Parsing;
using DfLint.Syntax;

namespace DfLint.Core.Tests.Parsing;

/// <summary>The behaviours BuildKit's Go unit tests check (conformance README sections A.3 to A.7), replayed on our parser.</summary>
public class BuildKitUnitTableTests
{
    private static DockerfileSyntax P(string text) => DockerfileParser.Parse(text);

    // A.3: heredocs in a full file (name, fd, expand, chomp, content).
    [Theory]
    [InlineData("RUN <<EMPTY\nEMPTY", "EMPTY", 0, true, false, "")]
    [InlineData("RUN 3<<EMPTY2\nEMPTY2", "EMPTY2", 3, true, false, "")]
    [InlineData("RUN <<INDENT\n\tfoo\n\tbar\nINDENT", "INDENT", 0, true, false, "\tfoo\n\tbar\n")]
    [InlineData("RUN <<-UNINDENT\n\tbaz\n\tquux\nUNINDENT", "UNINDENT", 0, true, true, "\tbaz\n\tquux\n")]
    [InlineData("RUN <<-UNINDENT2\n\tbaz\n\tquux\n\tUNINDENT2", "UNINDENT2", 0, true, true, "\tbaz\n\tquux\n")]
    [InlineData("RUN <<-'NOEXPAND'\n\tdon't expand $NAME\nNOEXPAND", "NOEXPAND", 0, false, true, "\tdon't expand $NAME\n")]
    [InlineData("RUN <<COMMENT\n# internal comment\necho hello world\nCOMMENT", "COMMENT", 0, true, false, "# internal comment\necho hello world\n")]
    [InlineData("RUN --mount=type=cache,target=/foo <<MOUNT\necho hello\nMOUNT", "MOUNT", 0, true, false, "echo hello\n")]
    [InlineData("RUN <<COMPLEX python3\nprint('hello world')\nCOMPLEX", "COMPLEX", 0, true, false, "print('hello world')\n")]
    [InlineData("COPY <<file.txt /dest\nhello world\nfile.txt", "file.txt", 0, true, false, "hello world\n")]
    [InlineData("RUN <<eo'f'\necho foo\neof", "eof", 0, false, false, "echo foo\n")]
    [InlineData("RUN <<eo\\'f\necho foo\neo'f", "eo'f", 0, true, false, "echo foo\n")]
    [InlineData("RUN <<'e'o\\'f\necho foo\neo'f", "eo'f", 0, false, false, "echo foo\n")]
    [InlineData("RUN <<'one two'\necho bar\none two", "one two", 0, false, false, "echo bar\n")]
    [InlineData("RUN <<$EOF\n$EOF", "$EOF", 0, true, false, "")]
    [InlineData("RUN <<  EOF\nEOF", "EOF", 0, true, false, "")]
    [InlineData("RUN <<  EOF  > foo\nEOF", "EOF", 0, true, false, "")]
    public void Heredoc_is_read_as_BuildKit_reads_it(string text, string name, int fd, bool expand, bool chomp, string content)
    {
        var syntax = P("FROM scratch\n" + text);
        syntax.Diagnostics.Where(d => !d.Message.StartsWith("unknown instruction")).Should().BeEmpty();
        var h = syntax.Instructions[1].Heredocs.Single();
        (h.Name, h.FileDescriptor, h.Expand, h.Chomp, h.Content.Text).Should().Be((name, fd, expand, chomp, content));
    }

    [Theory]
    [InlineData("USER <<INVALID\nINVALID")]
    [InlineData("RUN \"<<NOHEREDOC\"")]
    [InlineData("RUN [\"<<EOF\"]")]
    [InlineData("RUN '<<EOF'")]
    [InlineData("RUN <<- EOF\nEOF")]
    [InlineData("RUN cat<<EOF\nEOF")]
    [InlineData("RUN echo don't <<EOF\nEOF")]
    public void No_heredoc(string text) => P("FROM scratch\n" + text).Instructions[1].Heredocs.Should().BeEmpty();

    [Fact]
    public void Several_heredocs_end_at_their_own_terminators()
    {
        var hs = P("FROM scratch\nCOPY <<X <<Y /dest\nY\nX\nX\nY").Instructions[1].Heredocs;
        hs.Select(h => (h.Name, h.Content.Text)).Should().Equal(("X", "Y\n"), ("Y", "X\n"));
    }

    // A.5: directives.
    [Fact]
    public void Unknown_directive_ends_the_directive_block()
    {
        var s = P("#escape=\\\n# key = FOO bar\n\n# smth\nFROM a\n");
        s.Directives.Select(d => (d.Name.Text.ToLowerInvariant(), d.Value.Text)).Should().Equal(("escape", "\\"));
    }

    [Fact]
    public void Directive_keys_are_case_insensitive()
        => P("# EScape=`\nFROM a\nRUN echo a `\n b\n").EscapeToken.Should().Be('`');

    [Fact]
    public void Blank_line_ends_the_directive_block()
        => P("\n# escape=`\nFROM a\n").EscapeToken.Should().Be('\\');

    [Fact]
    public void Invalid_escape_is_an_error()
        => P("# escape=x\nFROM a\n").Diagnostics.Single().Message.Should().Be("invalid escape token 'x' does not match ` or \\");

    // A.6: JSON arrays.
    [Theory]
    [InlineData("[]", new string[0])]
    [InlineData("[\"\"]", new[] { "" })]
    [InlineData("[ \"a\", \"b\" ]", new[] { "a", "b" })]
    [InlineData("[\t\"a\",\t\"b\"\t]", new[] { "a", "b" })]
    [InlineData("[\"abc 123\", \"♥\", \"☃\", \"\\\" \\\\ \\/ \\b \\f \\n \\r \\t \\u0000\"]", new[] { "abc 123", "♥", "☃", "\" \\ / \b \f \n \r \t \u0000" })]
    public void Json_string_arrays_are_exec_form(string json, string[] items)
    {
        var cmd = (CmdInstruction)P("FROM a\nCMD " + json).Instructions[1];
        ((ExecFormSyntax)cmd.Command).Items.Select(i => i.Text).Should().Equal(items);
    }

    [Theory]
    [InlineData("[\"a\",42,\"b\"]")]
    [InlineData("[\"a\",123.456,\"b\"]")]
    [InlineData("[\"a\",{},\"b\"]")]
    [InlineData("[\"a\",{\"c\": \"d\"},\"b\"]")]
    [InlineData("[\"a\",[\"c\"],\"b\"]")]
    [InlineData("[\"a\",true,\"b\"]")]
    [InlineData("[\"a\",false,\"b\"]")]
    [InlineData("[\"a\",null,\"b\"]")]
    public void Json_with_non_strings_is_an_error(string json)
        => P("FROM a\nCMD " + json).Diagnostics.Single().Message.Should().Be("when using JSON array syntax, arrays must be comprised of strings only");

    [Theory]
    [InlineData("['a']")]
    [InlineData("[\"a\"")]
    [InlineData("[\"a\",]")]
    [InlineData("[\"a\"] # note")]
    public void Invalid_json_falls_back_to_the_shell_form(string json)
    {
        var s = P("FROM a\nCMD " + json);
        s.Diagnostics.Should().BeEmpty();
        ((CmdInstruction)s.Instructions[1]).Command.Should().BeOfType<ShellFormSyntax>().Which.Value.Should().Be(json);
    }

    // A.7: name/value parsing.
    [Fact]
    public void Legacy_label_keeps_the_rest_verbatim()
    {
        var l = (EnvInstruction)P("FROM a\nENV k  v   w\n").Instructions[1];
        l.Pairs.Single().Should().Match<KeyValueSyntax>(p => p.IsLegacy && p.Key.Text == "k" && p.Value.Text == "v   w");
    }

    [Fact]
    public void Key_value_pairs_keep_quotes_in_the_ast()
        => ((LabelInstruction)P("FROM a\nLABEL foo=bar thing=\"st ar\"\n").Instructions[1]).Pairs.Select(p => (p.Key.Text, p.Value.Text))
            .Should().Equal(("foo", "bar"), ("thing", "\"st ar\""));

    [Fact]
    public void A_word_without_equals_after_a_pair_is_an_error()
        => P("FROM a\nENV a=b c\n").Diagnostics.Single().Message.Should().Be("Syntax error - can't find = in \"c\". Must be of the form: name=value");

    [Fact]
    public void Long_line_is_reported_but_parsing_continues()
    {
        var s = P("FROM a\nLABEL test=" + new string('a', 65536) + "\nRUN echo after\n");
        s.Diagnostics.Single().Message.Should().Be("dockerfile line greater than max allowed size of 65535");
        s.Instructions.Should().HaveCount(3);
    }

    [Fact]
    public void Empty_continuation_lines_warn_but_do_not_end_the_instruction()
    {
        var s = P("FROM a\nRUN echo \\\n\n  more\n");
        s.Instructions.Should().HaveCount(2);
        s.Warnings.Single().Message.Should().Be("Empty continuation line");
        BuildKitDump.DumpInstruction(s.Instructions[1]).Should().Be("run \"echo   more\"");
    }

    [Fact]
    public void Finding_positions_are_exact_inside_multi_line_run()
    {
        var text = "FROM a\nRUN apt-get update \\\n    && apt-get install -y \\\n       curl\n";
        var run = (RunInstruction)P(text).Instructions[1];
        var shell = (ShellFormSyntax)run.Command;
        int i = shell.Value.IndexOf("curl", System.StringComparison.Ordinal);
        var span = shell.Text.ToFileSpan(i, 4);
        text.Substring(span.Start, span.Length).Should().Be("curl");
        new SourceText(text).GetLinePosition(span.Start).Should().Be(new LinePosition(4, 8));
    }
}
