package io.portalis.pylib.dyn;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Instance dictionaries keep CPython's insertion order; cached class lookups follow later class mutation. */
class AttributeLookupTest {
    @Test
    void instanceDictKeepsInsertionOrderThroughUpdatesAndRemovals() {
        Instance.Dict d = new Instance.Dict();
        for (String n : List.of("b", "a", "c")) {
            d.put(n, n.toUpperCase());
        }
        d.put("a", "again");
        assertThat(new ArrayList<>(d.keySet())).containsExactly("b", "a", "c");
        assertThat(d.remove("b")).isEqualTo("B");
        d.put("b", "new");
        assertThat(d).containsExactly(Map.entry("a", "again"), Map.entry("c", "C"), Map.entry("b", "new"));
        assertThat(d.get("zz")).isNull();
        assertThat(d.getOrDefault("zz", 1)).isEqualTo(1);
        d.put("none", null);
        assertThat(d.containsKey("none")).isTrue();
        assertThat(d.getOrDefault("none", 1)).isNull();
    }

    @Test
    void namesBuiltAtRunTimeFindTheSameSlotsAsLiterals() {
        Instance.Dict d = new Instance.Dict();
        Map<String, Object> expected = new LinkedHashMap<>();
        for (int k = 0; k < 20; k++) {
            d.put("attr" + k, (long) k);
            expected.put("attr" + k, (long) k);
        }
        assertThat(d).containsExactlyEntriesOf(expected);
        assertThat(d.get(new String("attr13"))).isEqualTo(13L);
        var it = d.entrySet().iterator();
        it.next();
        it.remove();
        assertThat(d.size()).isEqualTo(19);
        assertThat(d.keySet().iterator().next()).isEqualTo("attr1");
    }

    @Test
    void classAttributeChangesReachInstancesAndSubclassesAfterACachedLookup() {
        PyType base = PyType.create("Base", new Object[0], Map.of("greeting", "hello"));
        PyType sub = PyType.create("Sub", new Object[] {base}, Map.of());
        Object obj = Rt.call(sub);
        assertThat(Rt.getattr(obj, "greeting")).isEqualTo("hello");
        Rt.setattr(base, "greeting", "bonjour");
        assertThat(Rt.getattr(obj, "greeting")).isEqualTo("bonjour");
        Rt.setattr(sub, "greeting", null);
        assertThat(Rt.getattr(obj, "greeting")).isNull();
        Rt.setattr(obj, "greeting", "own");
        assertThat(Rt.getattr(obj, "greeting")).isEqualTo("own");
        Rt.delattr(obj, "greeting");
        assertThat(Rt.getattr(obj, "greeting")).isNull();
    }

    @Test
    void aPropertyAddedLaterOutranksTheInstanceDict() {
        PyType cls = PyType.create("C", new Object[0], Map.of());
        Object obj = Rt.call(cls);
        Rt.setattr(obj, "size", 1L);
        assertThat(Rt.getattr(obj, "size")).isEqualTo(1L);
        Rt.setattr(cls, "size", new Decorators.Property(PyFunction.of("size", a -> 42L, "self"), null, null));
        assertThat(Rt.getattr(obj, "size")).isEqualTo(42L);
    }

    @Test
    void objectsSpecialMethodsAreOneValueEachReadThroughAnyClassThatDoesNotDefineThem() {
        PyType plain = PyType.create("Plain", new Object[0], Map.of());
        PyType withEq = PyType.create("WithEq", new Object[0], Map.of("__eq__", PyFunction.of("eq", a -> true,
                "self", "other")));
        Object objectEq = Rt.getattr(Types.OBJECT, "__eq__");
        assertThat(Rt.getattr(plain, "__eq__")).isSameAs(objectEq);
        assertThat(Rt.getattr(withEq, "__eq__")).isNotSameAs(objectEq);
        assertThat(Rt.getattr(withEq, "__hash__")).isNull();
        Object x = Rt.call(plain);
        assertThat(Rt.call(objectEq, x, x)).isEqualTo(true);
        assertThat(Rt.call(objectEq, x, 1L)).isSameAs(io.portalis.pylib.Py.NOT_IMPLEMENTED);
        assertThat(io.portalis.pylib.Py.repr(objectEq)).isEqualTo("<slot wrapper '__eq__' of 'object' objects>");
    }
}
