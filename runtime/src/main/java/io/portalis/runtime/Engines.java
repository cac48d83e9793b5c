package io.portalis.runtime;

/**
 * Chooses the coroutine engine once per process.
 *
 * <p>The system property {@value #PROPERTY} forces one ({@code continuation} or {@code virtual-thread}). Without it
 * the continuation engine is used when {@code jdk.internal.vm} is exported to this code, and the virtual-thread
 * engine otherwise, with a one-line notice on standard error.
 */
final class Engines {

    /** System property that forces an engine: {@code continuation} or {@code virtual-thread}. */
    static final String PROPERTY = "portalis.engine";

    private static final Engine DEFAULT = choose();

    private Engines() {
    }

    static Engine defaultEngine() {
        return DEFAULT;
    }

    static Engine byName(String name) {
        return switch (name) {
            case "continuation" -> {
                if (!continuationsAvailable()) {
                    throw new IllegalStateException("the continuation engine needs the JVM option "
                            + "--add-exports=java.base/jdk.internal.vm=ALL-UNNAMED");
                }
                yield newContinuationEngine();
            }
            case "virtual-thread" -> new VirtualThreadEngine();
            default -> throw new IllegalArgumentException(
                    "unknown engine '" + name + "' (expected continuation or virtual-thread)");
        };
    }

    private static Engine choose() {
        String forced = System.getProperty(PROPERTY);
        if (forced != null && !forced.isBlank()) {
            return byName(forced.strip());
        }
        if (continuationsAvailable()) {
            return newContinuationEngine();
        }
        System.err.println("portalis: jdk.internal.vm is not exported (add --add-exports=java.base/jdk.internal.vm="
                + "ALL-UNNAMED); using the slower virtual-thread engine");
        return new VirtualThreadEngine();
    }

    private static boolean continuationsAvailable() {
        return Object.class.getModule().isExported("jdk.internal.vm", Engines.class.getModule());
    }

    private static Engine newContinuationEngine() {
        // Loaded reflectively: linking ContinuationEngine without the export would fail.
        try {
            return (Engine) Class.forName("io.portalis.runtime.ContinuationEngine")
                    .getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot start the continuation engine", e);
        }
    }
}
