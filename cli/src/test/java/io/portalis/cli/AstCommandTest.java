package io.portalis.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AstCommandTest {

    @TempDir
    Path dir;

    private String runAst(String... files) {
        PrintStream saved = System.out;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
            assertThat(Main.execute(prepend("ast", files))).isZero();
        } finally {
            System.setOut(saved);
        }
        return buffer.toString(StandardCharsets.UTF_8);
    }

    private static String[] prepend(String first, String[] rest) {
        String[] all = new String[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }

    @Test
    void printsOneDumpLinePerFileInOrder() throws Exception {
        Path a = Files.writeString(dir.resolve("a.py"), "x = 1\n");
        Path b = Files.writeString(dir.resolve("b.py"), "pass\n");
        assertThat(runAst(a.toString(), b.toString())).isEqualTo(
                "Module(body=[Assign(targets=[Name(id='x', ctx=Store(), lineno=1, col_offset=0, end_lineno=1, "
                        + "end_col_offset=1)], value=Constant(value=1, lineno=1, col_offset=4, end_lineno=1, "
                        + "end_col_offset=5), lineno=1, col_offset=0, end_lineno=1, end_col_offset=5)], "
                        + "type_ignores=[])\n"
                        + "Module(body=[Pass(lineno=1, col_offset=0, end_lineno=1, end_col_offset=4)], "
                        + "type_ignores=[])\n");
    }

    @Test
    void printsTheSyntaxErrorOfARejectedFileAndGoesOn() throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.py"), "x = (1,\n");
        Path good = Files.writeString(dir.resolve("good.py"), "");
        assertThat(runAst(bad.toString(), good.toString())).isEqualTo(
                "SyntaxError: '(' was never closed (" + bad + ", line 1)\nModule(body=[], type_ignores=[])\n");
    }

    @Test
    void python312AddsTypeParameters() throws Exception {
        Path f = Files.writeString(dir.resolve("t.py"), "type T = int\n");
        assertThat(runAst("--python=3.12", f.toString())).isEqualTo(
                "Module(body=[TypeAlias(name=Name(id='T', ctx=Store(), lineno=1, col_offset=5, end_lineno=1, "
                        + "end_col_offset=6), type_params=[], value=Name(id='int', ctx=Load(), lineno=1, "
                        + "col_offset=9, end_lineno=1, end_col_offset=12), lineno=1, col_offset=0, end_lineno=1, "
                        + "end_col_offset=12)], type_ignores=[])\n");
        assertThat(Main.execute("ast", "--python=3.10", f.toString())).isEqualTo(2);
    }

    @Test
    void unreadableFileIsAFailure() {
        assertThat(Main.execute("ast", dir.resolve("missing.py").toString())).isEqualTo(1);
    }

    @Test
    void missingSubcommandOrFileIsAMisuse() {
        assertThat(Main.execute()).isEqualTo(2);
        assertThat(Main.execute("ast")).isEqualTo(2);
    }
}
