package io.portalis.translator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The in-memory compiler: every class file out, javac's errors reported with their position. */
class JavaCompilerServiceTest {
    @Test
    void everyClassOfTheSourcesComesOut() {
        Map<String, byte[]> classes = new JavaCompilerService()
                .compile(Map.of("Hello", "final class Hello { Runnable r = () -> { }; class Inner { } }"));
        assertThat(classes).containsOnlyKeys("Hello", "Hello$Inner");
    }

    @Test
    void javacErrorsAreReportedWithTheirPosition() {
        JavaCompilerService javac = new JavaCompilerService();
        assertThatThrownBy(() -> javac.compile(Map.of("Broken", "final class Broken {\n  int x = y;\n}")))
                .isInstanceOf(CompilationException.class)
                .hasMessageStartingWith("internal error: the generated Java does not compile\n/Broken.java:2:11: ");
    }
}
