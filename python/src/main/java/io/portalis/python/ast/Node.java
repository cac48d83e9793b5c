package io.portalis.python.ast;

/**
 * A node of a Python syntax tree, as the {@code ast} module of CPython 3.11 defines it.
 *
 * <p>Every node type is a record whose components are the {@code ast} fields in their order, in Java casing
 * ({@code decorator_list} is {@code decoratorList}); nodes that carry a position ({@link Located}) end with
 * {@code lineno, colOffset, endLineno, endColOffset}. A {@code null} component is a field the {@code ast} module
 * leaves {@code None} (an optional field). Lists are never {@code null}; the parser builds them fresh and does not keep them.
 */
public sealed interface Node permits Located, Mod, Arguments, Comprehension, WithItem, MatchCase, TypeIgnore {

    /**
     * Returns the name of this node's class in the {@code ast} module, such as {@code "BinOp"}.
     *
     * @return the {@code ast} class name
     */
    default String nodeType() {
        return getClass().getSimpleName();
    }
}
