package io.portalis.python.ast;

import java.util.List;

/** A statement: the {@code ast.stmt} kinds. */
public sealed interface Stmt extends Located {

    /**
     * {@code def name[typeParams](args) -> returns: body}; {@code returns} is null when absent; type comments are
     * not read; {@code typeParams} (Python 3.12) is empty in 3.11.
     */
    record FunctionDef(String name, Arguments args, List<Stmt> body, List<Expr> decoratorList, Expr returns,
            String typeComment, List<TypeParam> typeParams, int lineno, int colOffset, int endLineno,
            int endColOffset) implements Stmt {
    }

    /** {@code async def}; fields as {@link FunctionDef}. */
    record AsyncFunctionDef(String name, Arguments args, List<Stmt> body, List<Expr> decoratorList, Expr returns,
            String typeComment, List<TypeParam> typeParams, int lineno, int colOffset, int endLineno,
            int endColOffset) implements Stmt {
    }

    /** {@code class name[typeParams](bases, keywords): body}; {@code typeParams} (Python 3.12) is empty in 3.11. */
    record ClassDef(String name, List<Expr> bases, List<Keyword> keywords, List<Stmt> body,
            List<Expr> decoratorList, List<TypeParam> typeParams, int lineno, int colOffset, int endLineno,
            int endColOffset) implements Stmt {
    }

    /** {@code type name[typeParams] = value} (Python 3.12); {@code name} is a {@link Expr.Name} in store context. */
    record TypeAlias(Expr name, List<TypeParam> typeParams, Expr value, int lineno, int colOffset, int endLineno,
            int endColOffset) implements Stmt {
    }

    /** {@code return value}; {@code value} is null for a bare {@code return}. */
    record Return(Expr value, int lineno, int colOffset, int endLineno, int endColOffset) implements Stmt {
    }

    /** {@code del targets}. */
    record Delete(List<Expr> targets, int lineno, int colOffset, int endLineno, int endColOffset) implements Stmt {
    }

    /** {@code t1 = t2 = value}. */
    record Assign(List<Expr> targets, Expr value, String typeComment, int lineno, int colOffset, int endLineno, int endColOffset) implements Stmt {
    }

    /** {@code target op= value}. */
    record AugAssign(Expr target, Operator op, Expr value, int lineno, int colOffset, int endLineno, int endColOffset) implements Stmt {
    }

    /** {@code target: annotation = value}; {@code simple} is 1 for a plain unparenthesized name, else 0. */
    record AnnAssign(Expr target, Expr annotation, Expr value, int simple, int lineno, int colOffset, int endLineno, int endColOffset) implements Stmt {
    }

    /** {@code for target in iter: body else: orelse}. */
    record For(Expr target, Expr iter, List<Stmt> body, List<Stmt> orelse, String typeComment, int lineno, int colOffset, int endLineno, int endColOffset)
            implements Stmt {
    }

    /** {@code async for}; fields as {@link For}. */
    record AsyncFor(Expr target, Expr iter, List<Stmt> body, List<Stmt> orelse, String typeComment, int lineno, int colOffset, int endLineno, int endColOffset)
            implements Stmt {
    }

    /** {@code while test: body else: orelse}. */
    record While(Expr test, List<Stmt> body, List<Stmt> orelse, int lineno, int colOffset, int endLineno, int endColOffset) implements Stmt {
    }

    /** {@code if test: body}; an {@code elif} is a nested {@code If} alone in {@code orelse}. */
    record If(Expr test, List<Stmt> body, List<Stmt> orelse, int lineno, int colOffset, int endLineno, int endColOffset) implements Stmt {
    }

    /** {@code with items: body}. */
    record With(List<WithItem> items, List<Stmt> body, String typeComment, int lineno, int colOffset, int endLineno, int endColOffset) implements Stmt {
    }

    /** {@code async with}; fields as {@link With}. */
    record AsyncWith(List<WithItem> items, List<Stmt> body, String typeComment, int lineno, int colOffset, int endLineno, int endColOffset) implements Stmt {
    }

    /** {@code match subject: cases}. */
    record Match(Expr subject, List<MatchCase> cases, int lineno, int colOffset, int endLineno, int endColOffset) implements Stmt {
    }

    /** {@code raise exc from cause}; both are null for a bare {@code raise}. */
    record Raise(Expr exc, Expr cause, int lineno, int colOffset, int endLineno, int endColOffset) implements Stmt {
    }

    /** {@code try: body except: handlers else: orelse finally: finalbody}. */
    record Try(List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orelse, List<Stmt> finalbody, int lineno, int colOffset, int endLineno, int endColOffset)
            implements Stmt {
    }

    /** {@code try: body except* ...}; fields as {@link Try}. */
    record TryStar(List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orelse, List<Stmt> finalbody, int lineno, int colOffset, int endLineno, int endColOffset)
            implements Stmt {
    }

    /** {@code assert test, msg}. */
    record Assert(Expr test, Expr msg, int lineno, int colOffset, int endLineno, int endColOffset) implements Stmt {
    }

    /** {@code import names}. */
    record Import(List<Alias> names, int lineno, int colOffset, int endLineno, int endColOffset) implements Stmt {
    }

    /** {@code from module import names}; {@code level} counts the leading dots, {@code module} is null for none. */
    record ImportFrom(String module, List<Alias> names, Integer level, int lineno, int colOffset, int endLineno, int endColOffset) implements Stmt {
    }

    /** {@code global names}. */
    record Global(List<String> names, int lineno, int colOffset, int endLineno, int endColOffset) implements Stmt {
    }

    /** {@code nonlocal names}. */
    record Nonlocal(List<String> names, int lineno, int colOffset, int endLineno, int endColOffset) implements Stmt {
    }

    /** An expression used as a statement: the {@code ast.Expr} statement. */
    record ExprStmt(Expr value, int lineno, int colOffset, int endLineno, int endColOffset) implements Stmt {
        /** @return {@code "Expr"}, the {@code ast} name of this node */
        @Override
        public String nodeType() {
            return "Expr";
        }
    }

    /** {@code pass}. */
    record Pass(int lineno, int colOffset, int endLineno, int endColOffset) implements Stmt {
    }

    /** {@code break}. */
    record Break(int lineno, int colOffset, int endLineno, int endColOffset) implements Stmt {
    }

    /** {@code continue}. */
    record Continue(int lineno, int colOffset, int endLineno, int endColOffset) implements Stmt {
    }
}
