package io.portalis.python.ast;

/**
 * A {@code # type: ignore} comment. The parser ignores type comments, so no tree holds one; the type exists so
 * that {@link Mod.Module} has the {@code ast} module's shape.
 *
 * @param lineno the line of the comment
 * @param tag the text after {@code ignore}
 */
public record TypeIgnore(int lineno, String tag) implements Node {
}
