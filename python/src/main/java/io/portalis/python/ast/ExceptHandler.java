package io.portalis.python.ast;

import java.util.List;

/** {@code except type as name: body}; {@code type} and {@code name} are null when absent. */
public record ExceptHandler(Expr type, String name, List<Stmt> body, int lineno, int colOffset, int endLineno,
        int endColOffset) implements Located {
}
