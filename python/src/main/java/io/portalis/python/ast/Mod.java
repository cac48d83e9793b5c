package io.portalis.python.ast;

import java.util.List;

/** A whole parsed unit: the {@code ast.mod} kinds. */
public sealed interface Mod extends Node {

    /**
     * A module: what {@code ast.parse(source)} returns.
     *
     * @param body the statements
     * @param typeIgnores the {@code # type: ignore} comments; always empty, as type comments are not read
     */
    record Module(List<Stmt> body, List<TypeIgnore> typeIgnores) implements Mod {
    }
}
