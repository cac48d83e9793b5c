package io.portalis.pylib.stdlib;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.portalis.pylib.KeyError;
import io.portalis.pylib.Py;
import io.portalis.pylib.ValueError;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code string.Template} and {@code string.Formatter().parse}; expected values from CPython 3.11. */
class StringTemplateTest {
    private static final Map<String, String> VALUES = Map.of("who", "tim", "what", "tea");

    @Test
    void substitutesNamesBracedNamesAndDoubledDollars() {
        StringTemplate t = new StringTemplate("$who likes $what; ${who}s are $$cheap");
        assertThat(t.substitute(VALUES::get, false)).isEqualTo("tim likes tea; tims are $cheap");
    }

    @Test
    void safeSubstituteKeepsMissingNamesAndBadPlaceholders() {
        StringTemplate t = new StringTemplate("$who and $nobody ${x cost $5 $");
        assertThat(t.substitute(VALUES::get, true)).isEqualTo("tim and $nobody ${x cost $5 $");
    }

    @Test
    void missingNameRaisesKeyErrorNamingIt() {
        assertThatThrownBy(() -> new StringTemplate("$who $where").substitute(VALUES::get, false))
                .isInstanceOf(KeyError.class).hasMessage("'where'");
    }

    @Test
    void badPlaceholderReportsLineAndColumnAsCPython() {
        // CPython counts up to the character after the '$', with str.splitlines(keepends=True)
        assertThatThrownBy(() -> new StringTemplate("$").substitute(VALUES::get, false))
                .isInstanceOf(ValueError.class).hasMessage("Invalid placeholder in string: line 1, col 1");
        assertThatThrownBy(() -> new StringTemplate("ab\n$").substitute(VALUES::get, false))
                .hasMessage("Invalid placeholder in string: line 2, col 1");
        assertThatThrownBy(() -> new StringTemplate("ab\ncd $1x").substitute(VALUES::get, false))
                .hasMessage("Invalid placeholder in string: line 2, col 4");
        assertThatThrownBy(() -> new StringTemplate("x\r\ny${").substitute(VALUES::get, false))
                .hasMessage("Invalid placeholder in string: line 2, col 2");
        assertThatThrownBy(() -> new StringTemplate("\n\n$").substitute(VALUES::get, false))
                .hasMessage("Invalid placeholder in string: line 3, col 1");
    }

    @Test
    void formatterParseSplitsLiteralsFieldsSpecsAndConversions() {
        assertThat(Py.repr(StringTemplate.parse("a{{b}}c{0[x!]:{w}}{}{!s}"))).isEqualTo("[('a{', None, None, None), "
                + "('b}', None, None, None), ('c', '0[x!]', '{w}', None), ('', '', '', None), ('', '', '', 's')]");
        assertThat(Py.repr(StringTemplate.parse("a{b:>3}c{d!r}"))).isEqualTo(
                "[('a', 'b', '>3', None), ('c', 'd', '', 'r')]");
        assertThatThrownBy(() -> StringTemplate.parse("a}b")).isInstanceOf(ValueError.class)
                .hasMessage("Single '}' encountered in format string");
    }
}
