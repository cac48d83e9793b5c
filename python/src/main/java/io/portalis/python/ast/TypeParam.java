package io.portalis.python.ast;

/** A type parameter of a generic function, class or type alias (PEP 695, Python 3.12): the {@code ast.type_param} kinds. */
public sealed interface TypeParam extends Located {

    /** {@code T} or {@code T: bound}; {@code bound} is null when absent. */
    record TypeVar(String name, Expr bound, int lineno, int colOffset, int endLineno, int endColOffset)
            implements TypeParam {
    }

    /** {@code **P}. */
    record ParamSpec(String name, int lineno, int colOffset, int endLineno, int endColOffset) implements TypeParam {
    }

    /** {@code *Ts}. */
    record TypeVarTuple(String name, int lineno, int colOffset, int endLineno, int endColOffset)
            implements TypeParam {
    }
}
