/**
 * The Python front end: reads Python 3.11 source as CPython does.
 *
 * <p>The whole surface is two types. {@link io.portalis.python.Parser#parse(byte[], String)} decodes a file's
 * bytes (UTF-8 byte order mark, PEP 263 coding declaration), tokenizes and parses it, and returns the
 * {@link io.portalis.python.ast.Mod.Module} that CPython's {@code ast.parse} would build, node for node and
 * position for position. A source CPython rejects raises {@link io.portalis.python.PythonSyntaxError} with
 * CPython's message, line and column.
 *
 * <p>Inside, {@code Tokenizer} turns bytes into tokens (indentation, brackets, line joining, numbers, whole
 * string literals), {@code Parser} follows CPython's PEG grammar by recursive descent, and {@code Strings}
 * decodes literals and parses f-strings, whose replacement fields are parsed in place by a nested parser.
 */
package io.portalis.python;
