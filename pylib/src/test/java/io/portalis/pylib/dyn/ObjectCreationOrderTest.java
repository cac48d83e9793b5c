package io.portalis.pylib.dyn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.portalis.pylib.AttributeError;
import io.portalis.pylib.NotImplementedError;
import io.portalis.pylib.Py;
import io.portalis.pylib.PyList;
import io.portalis.pylib.TypeError;
import org.junit.jupiter.api.Test;

/**
 * A class's {@code __new__} decides what calling it returns, and {@link MethodSite#find} keeps the method a call
 * found before its arguments ran.
 */
class ObjectCreationOrderTest {
    private static PyType cls(String name, Object... namesAndValues) {
        return TestClasses.cls(name, new Object[0], namesAndValues);
    }

    @Test
    void newRunsFirstAndInitOnlyOnAnInstanceOfTheClass() {
        PyList<Object> log = new PyList<>();
        PyType c = cls("C", "__new__", PyFunction.of("C.__new__", a -> {
            log.append("new");
            return a[1] instanceof Long ? NewSlot.OBJECT.call(new Object[] {a[0]}, PyCallable.NO_KW) : a[1];
        }, "cls", "v"), "__init__", PyFunction.of("C.__init__", a -> {
            log.append("init");
            return null;
        }, "self", "v"));
        Object made = Rt.call(c, 1L);
        assertThat(c.isInstance(made)).isTrue();
        assertThat(Rt.call(c, "other")).isEqualTo("other");
        assertThat(log).containsExactly("new", "init", "new");
        assertThat(Rt.getattr(c, "__new__")).as("a static method").isInstanceOf(PyFunction.class);
    }

    @Test
    void objectNewChecksItsArguments() {
        PyType withNew = cls("W", "__new__", PyFunction.of("W.__new__", a -> null, "cls"));
        PyType bare = cls("B");
        assertThatThrownBy(() -> NewSlot.OBJECT.call(new Object[] {withNew, 1L}, PyCallable.NO_KW))
                .isInstanceOf(TypeError.class)
                .hasMessage("object.__new__() takes exactly one argument (the type to instantiate)");
        assertThatThrownBy(() -> NewSlot.OBJECT.call(new Object[] {bare, 1L}, PyCallable.NO_KW))
                .isInstanceOf(TypeError.class).hasMessage("B() takes no arguments");
        assertThatThrownBy(() -> NewSlot.OBJECT.call(new Object[] {Types.INT}, PyCallable.NO_KW))
                .isInstanceOf(TypeError.class).hasMessage("object.__new__(int) is not safe, use int.__new__()");
        assertThat(Rt.call(withNew)).as("__new__ returned None").isNull();
    }

    @Test
    void aFoundMethodIsTheOneCalledAfterTheClassChanges() {
        PyType c = cls("C", "m", PyFunction.of("C.m", a -> "old", "self"));
        Object obj = Rt.call(c);
        MethodSite site = new MethodSite("m");
        MethodSite.Found found = site.find(obj);
        Rt.setattr(c, "m", PyFunction.of("C.m", a -> "new", "self"));
        assertThat(site.callFound(found)).isEqualTo("old");
        assertThat(site.callFound(site.find(obj))).isEqualTo("new");
        assertThatThrownBy(() -> new MethodSite("nope").find(obj)).isInstanceOf(AttributeError.class);
        PyList<Object> list = new PyList<>();
        new MethodSite("append").callFound(new MethodSite("append").find(list), 3L);
        assertThat(list).containsExactly(3L);
    }

    @Test
    void anEnumWhoseMembersWouldNeedItsNewIsRefused() {
        PyFunction coinNew = PyFunction.of("Coin.__new__", a -> null, "cls", "v");
        assertThatThrownBy(() -> TestClasses.cls("Coin", new Object[] {Enums.ENUM}, "__new__", coinNew,
                "HEADS", 1L)).isInstanceOf(NotImplementedError.class)
                .hasMessage("'__new__' in an Enum class is not supported");
        PyType plain = TestClasses.cls("Side", new Object[] {Enums.ENUM}, "LEFT", 1L);
        assertThat(Py.repr(Rt.getattr(plain, "LEFT"))).isEqualTo("<Side.LEFT: 1>");
    }
}
