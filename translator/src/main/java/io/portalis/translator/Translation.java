package io.portalis.translator;

import java.util.List;

/**
 * The result of translating one Python module.
 *
 * @param fileName the Python file name, as messages print it
 * @param className the Java class named after the module
 * @param javaSource the Java source, or null when {@code unsupported} is not empty
 * @param unsupported the constructs that could not be translated, in source order
 */
public record Translation(String fileName, String className, String javaSource, List<Diagnostic> unsupported) {
    /** @return whether the module translated completely */
    public boolean ok() {
        return unsupported.isEmpty();
    }
}
