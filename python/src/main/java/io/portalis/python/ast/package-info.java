/**
 * The syntax tree, shaped as CPython 3.11's {@code ast} module: one sealed interface per abstract kind
 * ({@link io.portalis.python.ast.Stmt}, {@link io.portalis.python.ast.Expr},
 * {@link io.portalis.python.ast.Pattern}, {@link io.portalis.python.ast.Mod}) with a record per node, fields
 * named as in {@code ast} in Java casing, and enums for operators and contexts. A switch over a sealed kind is
 * checked for exhaustiveness by javac.
 *
 * <p>Positions ({@link io.portalis.python.ast.Located}) are CPython's: 1-based lines, 0-based columns in UTF-8
 * bytes. {@link io.portalis.python.ast.AstDump} prints a tree exactly as {@code ast.dump} does, which is how the
 * tree is compared with CPython's.
 */
package io.portalis.python.ast;
