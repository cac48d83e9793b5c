package io.portalis.runtime;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ExceptionGroupTest {

    private final IllegalArgumentException value = new IllegalArgumentException("value");
    private final IllegalStateException state = new IllegalStateException("state");
    private final ArithmeticException arith = new ArithmeticException("arith");
    private final ExceptionGroup nested = new ExceptionGroup("inner", List.of(state, arith));
    private final ExceptionGroup group = new ExceptionGroup("outer", List.of(value, nested));

    @Test
    void messageCountsSubExceptionsAsPythonDoes() {
        assertThat(group.getMessage()).isEqualTo("outer (2 sub-exceptions)");
        assertThat(new ExceptionGroup("one", List.of(value)).getMessage()).isEqualTo("one (1 sub-exception)");
        assertThat(group.message()).isEqualTo("outer");
        assertThat(group.exceptions()).containsExactly(value, nested);
    }

    @Test
    void emptyGroupIsRefused() {
        assertThatThrownBy(() -> new ExceptionGroup("none", List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void subgroupKeepsNesting() {
        ExceptionGroup sub = group.subgroup(IllegalStateException.class);
        assertThat(sub.message()).isEqualTo("outer");
        assertThat(sub.exceptions()).singleElement().isInstanceOfSatisfying(ExceptionGroup.class, g -> {
            assertThat(g.message()).isEqualTo("inner");
            assertThat(g.exceptions()).containsExactly(state);
        });
    }

    @Test
    void subgroupOfNothingIsNullAndOfEverythingIsItself() {
        assertThat(group.subgroup(java.io.IOException.class)).isNull();
        assertThat(group.subgroup(RuntimeException.class)).isSameAs(group);
        assertThat(group.subgroup(e -> e == group)).isSameAs(group);
    }

    @Test
    void splitSeparatesMatchAndRest() {
        ExceptionGroup.Split split = group.split(e -> e instanceof IllegalArgumentException
                || e instanceof ArithmeticException);
        assertThat(split.match().exceptions()).hasSize(2);
        assertThat(split.match().exceptions().get(0)).isSameAs(value);
        assertThat(((ExceptionGroup) split.match().exceptions().get(1)).exceptions()).containsExactly(arith);
        assertThat(split.rest().exceptions()).singleElement().isInstanceOfSatisfying(ExceptionGroup.class,
                g -> assertThat(g.exceptions()).containsExactly(state));
    }

    @Test
    void splitWithNoMatch() {
        ExceptionGroup.Split split = group.split(java.io.IOException.class);
        assertThat(split.match()).isNull();
        assertThat(split.rest()).isSameAs(group);
    }

    @Test
    void groupMayHoldCancellations() {
        ExceptionGroup g = new ExceptionGroup("mixed", List.of(new CancelledError(), value));
        assertThat(g.subgroup(CancelledError.class).exceptions()).hasSize(1);
    }
}
