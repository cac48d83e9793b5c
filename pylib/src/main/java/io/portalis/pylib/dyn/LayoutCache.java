package io.portalis.pylib.dyn;

/**
 * An inline cache whose decisions for a class's instances are keyed by instance {@link Shape} alone: every class
 * has shapes of its own, so a shape names its class, and instead of comparing the class's
 * {@link PyType#version version} on each access the cache registers with the class ({@link PyType#cachedBy}),
 * which flushes it when the class or a base changes.
 */
interface LayoutCache {
    /**
     * Drops the decisions made for instances of a class that has changed.
     *
     * @param type the class
     */
    void flush(PyType type);
}
