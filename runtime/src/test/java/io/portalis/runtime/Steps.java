package io.portalis.runtime;

import static org.assertj.core.api.Assertions.assertThat;

/** kotlinx-style ordering checks: each step asserts its sequence number, so a test reads as its interleaving. */
final class Steps {
    private int next = 1;

    void expect(int n) {
        assertThat(n).as("step order").isEqualTo(next);
        next++;
    }

    void finish(int n) {
        expect(n);
    }

    int count() {
        return next - 1;
    }
}
