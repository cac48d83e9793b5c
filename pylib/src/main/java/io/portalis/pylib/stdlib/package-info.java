/**
 * The standard-library modules translated programs commonly import, as Java classes named after them. A module's
 * functions are static methods; Python names in {@code snake_case} become Java {@code camelCase}
 * ({@code most_common} → {@code mostCommon}); constants keep their Python names
 * ({@code MathModule.pi}, {@code StringModule.ascii_letters}).
 *
 * <table>
 *   <caption>Module map</caption>
 *   <tr><th>Python</th><th>Java</th></tr>
 *   <tr><td>{@code random}</td><td>{@link io.portalis.pylib.stdlib.RandomModule} (module functions),
 *       {@link io.portalis.pylib.stdlib.PyRandom} ({@code random.Random})</td></tr>
 *   <tr><td>{@code json}</td><td>{@link io.portalis.pylib.stdlib.JsonModule}</td></tr>
 *   <tr><td>{@code collections}</td><td>{@link io.portalis.pylib.stdlib.Deque},
 *       {@link io.portalis.pylib.stdlib.DefaultDict}, {@link io.portalis.pylib.stdlib.Counter},
 *       {@link io.portalis.pylib.stdlib.OrderedDict}, {@link io.portalis.pylib.stdlib.NamedTuple}</td></tr>
 *   <tr><td>{@code itertools}</td><td>{@link io.portalis.pylib.stdlib.Itertools}</td></tr>
 *   <tr><td>{@code functools}</td><td>{@link io.portalis.pylib.stdlib.Functools} ({@code partial} and
 *       {@code wraps} need no library piece: a lambda, and nothing)</td></tr>
 *   <tr><td>{@code math}</td><td>{@link io.portalis.pylib.stdlib.MathModule}</td></tr>
 *   <tr><td>{@code heapq}, {@code bisect}</td><td>{@link io.portalis.pylib.stdlib.HeapqModule},
 *       {@link io.portalis.pylib.stdlib.BisectModule} (typed); the modules a program imports are the dyn
 *       package's {@code HeapqFunctions} and {@code BisectFunctions}</td></tr>
 *   <tr><td>{@code copy}, {@code abc}</td><td>only as imported modules: the dyn package's {@code CopyFunctions}
 *       and {@code AbcModule}</td></tr>
 *   <tr><td>{@code enum}, {@code dataclasses}</td><td>{@link io.portalis.pylib.stdlib.PyEnum},
 *       {@link io.portalis.pylib.stdlib.Dataclasses}</td></tr>
 *   <tr><td>{@code time}</td><td>{@link io.portalis.pylib.stdlib.TimeModule}</td></tr>
 *   <tr><td>{@code string}</td><td>{@link io.portalis.pylib.stdlib.StringModule}</td></tr>
 *   <tr><td>{@code contextlib.suppress}</td><td>{@link io.portalis.pylib.stdlib.Contextlib}</td></tr>
 *   <tr><td>{@code sys}</td><td>{@link io.portalis.pylib.Sys} (in the core package: the streams are part of
 *       {@code print})</td></tr>
 * </table>
 *
 * <p>Known differences from CPython: {@code itertools.groupby} yields each group as a list rather than a lazy
 * sub-iterator (the same items; a program that consumes a group after advancing past it would see them where
 * CPython sees nothing); {@code permutations} and {@code combinations} compute their tuples up front.
 */
package io.portalis.pylib.stdlib;
