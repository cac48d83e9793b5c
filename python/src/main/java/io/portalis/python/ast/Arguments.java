package io.portalis.python.ast;

import java.util.List;

/**
 * The parameters of a function or lambda. {@code defaults} belong to the last positional parameters;
 * {@code kwDefaults} is parallel to {@code kwonlyargs} with null where there is no default.
 */
public record Arguments(List<Arg> posonlyargs, List<Arg> args, Arg vararg, List<Arg> kwonlyargs,
        List<Expr> kwDefaults, Arg kwarg, List<Expr> defaults) implements Node {
    /** @return {@code "arguments"}, the {@code ast} name of this node */
    @Override
    public String nodeType() {
        return "arguments";
    }
}
