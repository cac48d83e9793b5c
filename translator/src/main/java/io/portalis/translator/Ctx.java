package io.portalis.translator;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** The Java body being emitted: which Python scope it belongs to and the Java names visible in it. */
final class Ctx {
    /**
     * A loop being emitted, with the flag its {@code break} sets when the loop has an {@code else}, and the number of
     * {@code break} statements emitted for it so far (in {@code breaks[0]}).
     */
    record Loop(String brokeFlag, int[] breaks) {
        Loop(String brokeFlag) {
            this(brokeFlag, new int[1]);
        }
    }

    final Scope scope;
    final Ctx parent;
    /** The class namespace variable when emitting a class body, else null. */
    final String ns;
    /** The generator variable when emitting a generator's body, else null. */
    String gen;
    /** The Java names of this scope's Python locals. */
    final Map<String, String> names = new HashMap<>();
    /** Java locals declared by this body. */
    final Set<String> declared = new HashSet<>();
    final Deque<Loop> loops = new ArrayDeque<>();
    final Deque<String> handlers = new ArrayDeque<>();
    /** Python locals of this body that may be read before assignment, so reads are checked. */
    final java.util.Set<String> maybeUnbound = new java.util.HashSet<>();
    /** Temporaries of this body, declared at its top. */
    final java.util.List<String> temps = new java.util.ArrayList<>();
    /** Float temporaries of this body, declared at its top (see {@link FloatAttrs}). */
    final java.util.List<String> doubleTemps = new java.util.ArrayList<>();
    /** Int temporaries of this body, declared at its top (see {@link IntAttrs}). */
    final java.util.List<String> longTemps = new java.util.ArrayList<>();
    /** The static types of this body's typed locals (see {@link TypeInference}); the others are dynamic. */
    java.util.Map<String, Character> types = java.util.Map.of();
    /** The static type of what the function being emitted returns, {@code O} unless it is a typed method. */
    char returns = 'O';
    /** Typed int locals that are only range-loop counters: each loop declares its own (see {@link TypeInference}). */
    java.util.Set<String> confined = java.util.Set.of();
    /** What this body speculates on (see {@link TypeInference#speculation}). */
    TypeInference.Speculation speculation = TypeInference.Speculation.NONE;
    /**
     * Whether the code being emitted is the typed version of a speculating statement or condition, which runs only
     * when every speculated local it reads holds its type: such locals are read as Java primitives.
     */
    boolean fast;
    /** Whether the code being emitted is the dynamic version of a split condition, not to be split again. */
    boolean boxed;
    /** In the typed version of a speculating statement, the Java expressions of the hinted values it peeked at. */
    final java.util.Map<io.portalis.python.ast.Expr, Peeked> peeked = new java.util.IdentityHashMap<>();

    /** The Java expression of a value peeked at, of static type {@code 'D'} or {@code 'L'}. */
    record Peeked(String code, char type) {
    }
    /** The Java local class and instance of each direct nested function this body has defined so far. */
    final Map<io.portalis.python.ast.Stmt.FunctionDef, String[]> nestedFunctions = new java.util.IdentityHashMap<>();
    /**
     * The loop variables of the str loops being emitted whose only reads are {@code ord(name)}, each with the Java
     * int local holding the code point just read (see {@link StrLoops#codePointsOnly}).
     */
    Map<String, String> codePoints = Map.of();
    /** The first parameter's Java expression, for {@code super()}. */
    String self;

    Ctx(Scope scope, Ctx parent, String ns) {
        this.scope = scope;
        this.parent = parent;
        this.ns = ns;
    }

    /** Whether a Java local named {@code n} is visible here (declared here or in an enclosing body). */
    boolean visible(String n) {
        for (Ctx c = this; c != null; c = c.parent) {
            if (c.declared.contains(n)) {
                return true;
            }
        }
        return false;
    }

    /** The Java body that declares the locals of this one: a class body declares into its enclosing body. */
    Ctx body() {
        return ns != null && parent != null ? parent.body() : this;
    }

    /** The Java name of a name local to {@code owner}'s scope, as seen from here. */
    String javaName(Scope owner, String py) {
        for (Ctx c = this; c != null; c = c.parent) {
            if (c.scope == owner && c.names.containsKey(py)) {
                return c.names.get(py);
            }
        }
        return Names.java(py);
    }
}
