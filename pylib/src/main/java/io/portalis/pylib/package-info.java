/**
 * Python's value semantics for Java code generated from Python: what the translator emits calls to so that a
 * translated program prints exactly what CPython 3.11 prints.
 *
 * <h2>Two paths</h2>
 * <p><b>Typed</b>, where the translator knows a type: a Python {@code int} is a Java {@code long}, {@code float} a
 * {@code double}, {@code bool} a {@code boolean}, {@code str} a {@code String}, and containers are typed
 * ({@code PyList<Long>}, {@code PyDict<String, Double>}). Arithmetic whose Java meaning equals Python's is
 * emitted as plain Java ({@code a + b} on doubles, {@code a < b}, {@code a == b} on longs); arithmetic whose
 * meaning differs calls a static helper on primitives, without boxing:
 * <table>
 *   <caption>Typed helpers</caption>
 *   <tr><th>Python</th><th>long operands</th><th>double operands</th></tr>
 *   <tr><td>{@code a + b}, {@code a - b}, {@code a * b}, {@code -a}</td>
 *       <td>{@link Ints#add}, {@link Ints#sub}, {@link Ints#mul}, {@link Ints#neg}</td><td>Java operators</td></tr>
 *   <tr><td>{@code a // b}</td><td>{@link Ints#floorDiv(long, long)}</td><td>{@link Floats#floorDiv}</td></tr>
 *   <tr><td>{@code a % b}</td><td>{@link Ints#mod(long, long)}</td><td>{@link Floats#mod}</td></tr>
 *   <tr><td>{@code a / b}</td><td>{@link Ints#trueDiv(long, long)}</td><td>{@link Floats#trueDiv}</td></tr>
 *   <tr><td>{@code a ** b}</td><td>{@link Ints#pow(long, long)} (b &ge; 0)</td><td>{@link Floats#pow}</td></tr>
 *   <tr><td>{@code abs(a)}</td><td>{@link Ints#abs(long)}</td><td>{@link Math#abs(double)}</td></tr>
 *   <tr><td>{@code int(x)}, {@code round(x)}</td><td>{@link Ints#parseLong} (from str)</td>
 *       <td>{@link Floats#toLong}, {@link Floats#roundToLong}</td></tr>
 *   <tr><td>{@code str(x)}, f-string {@code {x}}</td><td>{@link Py#str(long)}</td><td>{@link Py#str(double)}</td></tr>
 *   <tr><td>{@code format(x, spec)}</td><td>{@link PyFormat#format(long, String)}</td>
 *       <td>{@link PyFormat#format(double, String)}</td></tr>
 * </table>
 * <p>An int on the typed path never wraps: when a result leaves 64 bits the helper throws {@link OverflowError}
 * ("int result does not fit in 64 bits on the typed path"). The translator chooses {@code long} only where it can
 * bound the values or accepts that loud failure; otherwise it uses the dynamic path, where ints grow without bound.
 *
 * <p><b>Dynamic</b>, where a type is unknown: values are {@code Object}s, and every operator is a static method of
 * {@link Py} ({@link Py#add}, {@link Py#floorDiv}, {@link Py#lt}, {@link Py#eq}, {@link Py#truthy},
 * {@link Py#getItem}, {@link Py#contains}, {@link Py#iter} …), and a method call on a receiver of unknown type
 * is {@link io.portalis.pylib.dyn.Rt#callMethod}. The representation of Python values:
 * <table>
 *   <caption>Dynamic representation</caption>
 *   <tr><th>Python</th><th>Java</th></tr>
 *   <tr><td>{@code None}</td><td>{@code null}</td></tr>
 *   <tr><td>{@code bool}</td><td>{@link Boolean}</td></tr>
 *   <tr><td>{@code int}</td><td>{@link Long}; {@link java.math.BigInteger} only beyond 64 bits
 *       ({@link Ints#normalize})</td></tr>
 *   <tr><td>{@code float}</td><td>{@link Double}</td></tr>
 *   <tr><td>{@code complex}</td><td>{@link PyComplex}</td></tr>
 *   <tr><td>{@code str}</td><td>{@link String} (indexed by code point, see {@link Strs})</td></tr>
 *   <tr><td>{@code list}, {@code tuple}, {@code dict}, {@code set}, {@code frozenset}</td>
 *       <td>{@link PyList}, {@link PyTuple}, {@link PyDict}, {@link PySet}, {@link PyFrozenSet}</td></tr>
 *   <tr><td>{@code bytes}, {@code range}</td><td>{@link PyBytes}, {@link PyRange}</td></tr>
 *   <tr><td>instances of translated classes</td><td>classes implementing {@link PyObject}</td></tr>
 *   <tr><td>lazy iterators ({@code map}, {@code zip}, generators)</td><td>{@link PyIterator}</td></tr>
 * </table>
 * <p>Containers report their size through {@link PySized}; a translated class with {@code __len__} implements it
 * too, and its truth value then follows {@code __len__} as in Python.
 * <p>Numbers compare and hash across types as in Python, so {@code 1 == 1.0 == True} and they are one dict key;
 * {@link Py#hash} is CPython's algorithm for ints, floats, tuples (3.11's xxHash-based one) and frozensets.
 *
 * <h2>Text</h2>
 * <p>{@link Py#repr} and {@link Py#str} print every value as CPython does: floats by the shortest round-trip
 * repr ({@code 0.30000000000000004}, {@code 1e+16}, {@code 1e-05}, {@code inf}, {@code -0.0}), strings with
 * CPython's quoting and escapes, containers recursively ({@code [...]} for a list that holds itself).
 * f-strings become concatenations of {@link Py#str} / {@link Py#repr} ({@code !r}) / {@link Builtins#ascii}
 * ({@code !a}) and {@link PyFormat#format(Object, String)} for a spec; {@code "%d" % x} is
 * {@link PyFormat#percent}; {@code s.format(...)} is {@link PyFormat#strFormat}. Methods of {@code str} are the
 * static methods of {@link Strs}, taking the string first.
 *
 * <h2>Builtins, exceptions, the program's end</h2>
 * <p>{@link Builtins} holds the built-in functions; keyword arguments become trailing parameters with
 * {@code null} for "not given". Exceptions mirror Python's hierarchy under {@link PyBaseException};
 * {@code except Exception} is {@code catch (PyException e)}, which, as in Python, does not catch
 * {@link KeyboardInterrupt}, {@link SystemExit} or {@link GeneratorExit}. A Java error caught by a generated
 * {@code catch (Throwable t)} is turned into its Python counterpart by {@link Py#wrap}. A translated program's
 * {@code main} is {@code Traceback.exitWith(() -> module body)}: it flushes {@link Sys#stdout}, prints an
 * uncaught exception as CPython does and exits with CPython's status.
 *
 * <h2>Where pylib matches CPython, and where it cannot</h2>
 * <ul>
 *   <li>Matched and checked against CPython by golden files (scripts/pylib-goldens): float repr (2,500 doubles
 *       including subnormals and one-digit cases), format specs, {@code %}-formatting and {@code str.format},
 *       int and float arithmetic and their errors, {@code round}, int/float parsing, hashes, container reprs,
 *       set iteration order, str methods, {@code random} streams, {@code json}, {@code collections},
 *       {@code itertools}, {@code math}.</li>
 *   <li>Set order: {@link PySet} re-implements CPython's set table, so sets of ints, floats, tuples of them and
 *       bools iterate (and print) in CPython's order, including after removals and {@code pop}. CPython hashes
 *       strings with a per-process random key ({@code PYTHONHASHSEED}), so a set of strings prints in varying
 *       order from one CPython run to the next; pylib's order for strings is its own (fixed) one. Dicts are
 *       insertion-ordered, as in Python, and match always.</li>
 *   <li>Tracebacks: the {@code Traceback (most recent call last):} header and the final {@code Type: message}
 *       line are CPython's; the frame lines in between name the generated Java file, line and method, because
 *       the Python source lines are not known at run time.</li>
 *   <li>CPython's {@code math} and {@code cmath} call the C library. {@code exp}, {@code log}, {@code pow} (and
 *       {@code **} on floats), {@code sin} and {@code cos} repeat glibc 2.36's algorithms step by step
 *       ({@code stdlib.LibraryExp}, {@code LibraryLog}, {@code LibraryPow}, {@code LibrarySin}) and agree with it
 *       to the last bit, as do the functions CPython builds on them ({@code gamma}, {@code lgamma},
 *       {@code random.gauss}...). The others ({@code tan}, {@code atan}, {@code log2}, {@code log10},
 *       {@code log1p}, the hyperbolic functions) call {@link Math}, which differs from the C library in the last
 *       bit for rare arguments. {@code cmath} lacks the inverse functions ({@code asin}, {@code acosh}…).</li>
 *   <li>{@code dir()} of a module raises {@link NotImplementedError}: pylib's modules hold only part of
 *       CPython's attributes. A parameterized generic class ({@code Box[int]}) is the class itself.</li>
 *   <li>The dict {@code globals()} returns is brought up to date with the module's globals at each call, not
 *       continuously: one kept from an earlier call misses later plain assignments to globals.</li>
 *   <li>{@code o.__dict__} and {@code vars(o)} return a copy of the attributes: the translator reports a write
 *       through them ({@code o.__dict__[k] = v}, {@code vars(o).update(...)}) as unsupported, and a dict kept
 *       from an earlier read misses later attribute changes.</li>
 *   <li>A list of floats keeps them unboxed and boxes each read anew, so {@code xs[0] is xs[0]} is False
 *       where CPython says True; a float attribute boxes once per store, so {@code o.x = v; o.x is v} is False.
 *       {@code id()} of an int read from a list of ints is not stable; {@code is} on ints compares values.</li>
 *   <li>{@code hash(None)}, {@code hash(nan)}, {@code id()} and {@code hash(str)} are identity- or
 *       seed-based in CPython, so no program output can depend on them; pylib gives stable values.</li>
 *   <li>Unicode: the JDK's character database is Unicode 16, CPython 3.11's is Unicode 14. {@code repr}'s
 *       notion of printable is corrected to CPython's for every code point; other predicates ({@code isalpha}
 *       …) and case mappings may differ for the characters added since Unicode 14.</li>
 *   <li>Lone surrogates in strings are kept as Java chars; CPython would refuse to print them.</li>
 * </ul>
 *
 * <p>The stdlib modules programs commonly import are in {@link io.portalis.pylib.stdlib}.
 *
 * <p>pylib tests types with {@code instanceof} chains, never pattern-matching switches (the entry points every
 * program calls at start-up, {@code Py.repr}, {@code str}, {@code len}, {@code iter}, {@code getItem}, {@code slice},
 * {@code PyFormat.format}, {@code Rt.getattrOr}, as much as the rarer dynamic paths): each such switch is linked the
 * first time it runs by generating a class (SwitchBootstraps), which a JDK 25 ahead-of-time cache cannot hold, so a
 * process paid about 3.5 ms for its first one and 0.5-1 ms for each next one, 6-8 ms of CPU in every translated
 * program.
 */
package io.portalis.pylib;
