package io.portalis.pylib.dyn;

import static io.portalis.pylib.dyn.TestClasses.cls;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.portalis.pylib.AttributeError;
import io.portalis.pylib.PyList;
import io.portalis.pylib.TypeError;
import org.junit.jupiter.api.Test;

/**
 * Attribute, method and constructor sites give what the full dynamic lookup gives, after every kind of change that
 * makes a cached decision stale.
 */
class InlineCacheTest {
    private static PyFunction method(String name, PyFunction.Direct1 code) {
        return PyFunction.direct(new Signature(name, new String[] {"self"}, 0, false, new String[0], false),
                new Object[0], new Object[0], code);
    }

    @Test
    void aPeekSeesOnlyInstanceSlotsTheSiteHasReadAndNothingAfterTheClassChanges() {
        PyType c = cls("P", new Object[0]);
        Object obj = Rt.call(c);
        Rt.setattr(obj, "x", 1.5);
        AttrSite site = new AttrSite("x");
        assertThat(site.peek(obj)).as("nothing cached yet").isNull();
        assertThat(site.get(obj)).isEqualTo(1.5);
        assertThat(site.peek(obj)).isEqualTo(1.5);
        Rt.setattr(obj, "x", 2.5);
        assertThat(site.peek(obj)).as("the slot, not a cached value").isEqualTo(2.5);
        assertThat(site.peek(Rt.call(c))).as("another layout").isNull();
        assertThat(site.peek(PyList.of(1.5))).isNull();
        Rt.setattr(c, "x", new Decorators.Property(method("P.x", self -> 9.0), null, null));
        assertThat(site.peek(obj)).as("a property now outranks the instance dictionary").isNull();
        assertThat(site.get(obj)).isEqualTo(9.0);
        assertThat(site.peek(obj)).as("a property's getter is Python code").isNull();
    }

    @Test
    void aMethodReplacedInTheClassAfterCachingIsCalled() {
        PyType c = cls("C", new Object[0], "who", method("C.who", self -> "first"));
        Object obj = Rt.call(c);
        MethodSite site = new MethodSite("who");
        AttrSite attr = new AttrSite("who");
        assertThat(site.call(obj)).isEqualTo("first");
        assertThat(site.call(obj)).isEqualTo("first");
        assertThat(site.cached()).isEqualTo(1);
        assertThat(attr.get(obj)).isEqualTo(new BoundMethod(obj, c.dict().get("who")));
        Rt.setattr(c, "who", method("C.who", self -> "second"));
        assertThat(site.call(obj)).isEqualTo("second");
        assertThat(Rt.call(attr.get(obj))).isEqualTo("second");
    }

    @Test
    void aChangeToABaseReachesSitesThatCachedASubclassLookup() {
        PyType base = cls("Base", new Object[0], "kind", "base", "who", method("Base.who", self -> "base"));
        PyType mid = cls("Mid", new Object[] {base});
        PyType leaf = cls("Leaf", new Object[] {mid});
        Object obj = Rt.call(leaf);
        AttrSite kind = new AttrSite("kind");
        MethodSite who = new MethodSite("who");
        assertThat(kind.get(obj)).isEqualTo("base");
        assertThat(who.call(obj)).isEqualTo("base");
        Rt.setattr(base, "kind", "changed");
        Rt.setattr(mid, "who", method("Mid.who", self -> "mid"));
        assertThat(kind.get(obj)).isEqualTo("changed");
        assertThat(who.call(obj)).isEqualTo("mid");
        Rt.delattr(mid, "who");
        assertThat(who.call(obj)).isEqualTo("base");
    }

    @Test
    void aClassChangeDropsTheLayoutsOfItAndItsSubclassesFromSitesAndNoOthers() {
        PyType p = cls("P", new Object[0], "who", method("P.who", self -> "p"));
        PyType q = cls("Q", new Object[0], "who", method("Q.who", self -> "q"));
        PyType r = cls("R", new Object[] {p});
        Object[] objs = {Rt.call(p), Rt.call(q), Rt.call(r)};
        AttrSite x = new AttrSite("x");
        MethodSite who = new MethodSite("who");
        for (Object o : objs) {
            x.set(o, 1L);
            x.set(o, 2L);
            assertThat(x.get(o)).isEqualTo(2L);
            who.call(o);
        }
        assertThat(x.cachedReads()).isEqualTo(3);
        assertThat(who.cached()).isEqualTo(3);
        Rt.setattr(p, "who", method("P.who", self -> "p again"));
        assertThat(x.cachedReads()).as("Q's layout kept").isEqualTo(1);
        assertThat(x.cachedWrites()).as("Q's first store, which added x, and its second").isEqualTo(2);
        assertThat(who.cached()).isEqualTo(1);
        assertThat(who.call(objs[2])).isEqualTo("p again");
        assertThat(who.call(objs[1])).isEqualTo("q");
        Rt.setattr(p, "x", new Decorators.Property(method("P.x", self -> "prop"), null, null));
        assertThat(x.get(objs[0])).isEqualTo("prop");
        assertThat(x.get(objs[2])).as("inherited by R").isEqualTo("prop");
        assertThat(x.peek(objs[2])).isNull();
        assertThat(x.get(objs[1])).isEqualTo(2L);
    }

    @Test
    void anInstanceAttributeShadowsAMethodAndAMethodReplacedOnTheInstanceIsCalled() {
        PyType c = cls("C", new Object[0], "who", method("C.who", self -> "method"));
        Object plain = Rt.call(c);
        Object shadowed = Rt.call(c);
        MethodSite who = new MethodSite("who");
        AttrSite attr = new AttrSite("who");
        assertThat(who.call(plain)).isEqualTo("method");
        attr.set(shadowed, PyFunction.of("own", a -> "own"));
        assertThat(who.call(shadowed)).isEqualTo("own");
        assertThat(who.call(plain)).isEqualTo("method");
        Rt.setattr(plain, "who", 5L);
        assertThat(attr.get(plain)).isEqualTo(5L);
        assertThatThrownBy(() -> who.call(plain)).isInstanceOf(TypeError.class)
                .hasMessage("'int' object is not callable");
    }

    @Test
    void aPropertyAddedAfterCachingOutranksTheInstanceDictForReadsAndWrites() {
        PyType c = cls("C", new Object[0]);
        Object obj = Rt.call(c);
        AttrSite size = new AttrSite("size");
        size.set(obj, 1L);
        size.set(obj, 2L);
        assertThat(size.get(obj)).isEqualTo(2L);
        Object[] stored = new Object[1];
        PyFunction getter = PyFunction.of("size", a -> 42L, "self");
        PyFunction setter = PyFunction.of("size", a -> {
            stored[0] = a[1];
            return null;
        }, "self", "value");
        Rt.setattr(c, "size", new Decorators.Property(getter, null, null));
        assertThat(size.get(obj)).isEqualTo(42L);
        assertThatThrownBy(() -> size.set(obj, 3L)).isInstanceOf(AttributeError.class)
                .hasMessage("property 'size' of 'C' object has no setter");
        Rt.setattr(c, "size", new Decorators.Property(getter, setter, null));
        size.set(obj, 7L);
        assertThat(stored[0]).isEqualTo(7L);
        assertThat(obj instanceof Instance i ? i.dict().get("size") : null).isEqualTo(2L);
    }

    @Test
    void aSetattrAddedAfterCachingInterceptsWrites() {
        PyType c = cls("C", new Object[0]);
        Object obj = Rt.call(c);
        AttrSite x = new AttrSite("x");
        x.set(obj, 1L);
        Rt.setattr(c, "__setattr__", PyFunction.of("C.__setattr__", a -> {
            Rt.setattrDirect(a[0], (String) a[1], "intercepted");
            return null;
        }, "self", "name", "value"));
        x.set(obj, 2L);
        assertThat(x.get(obj)).isEqualTo("intercepted");
    }

    @Test
    void aMissingAttributeFallsBackToGetattrAndElseRaisesCPythonsError() {
        PyType c = cls("C", new Object[0]);
        Object obj = Rt.call(c);
        AttrSite missing = new AttrSite("missing");
        assertThatThrownBy(() -> missing.get(obj)).isInstanceOf(AttributeError.class)
                .hasMessage("'C' object has no attribute 'missing'");
        Rt.setattr(c, "__getattr__", PyFunction.of("C.__getattr__", a -> "computed " + a[1], "self", "name"));
        assertThat(missing.get(obj)).isEqualTo("computed missing");
        missing.set(obj, "stored");
        assertThat(missing.get(obj)).isEqualTo("stored");
    }

    @Test
    void sitesKeepSeveralLayoutsAndAgreeWithTheDynamicLookupOnEach() {
        PyType a = cls("A", new Object[0], "who", method("A.who", self -> "a"));
        PyType b = cls("B", new Object[] {a}, "who", method("B.who", self -> "b"));
        AttrSite x = new AttrSite("x");
        AttrSite y = new AttrSite("y");
        MethodSite who = new MethodSite("who");
        Object first = Rt.call(a);
        Object second = Rt.call(b);
        Object reordered = Rt.call(a);
        for (Object o : new Object[] {first, second}) {
            x.set(o, 1L);
            y.set(o, 2L);
        }
        y.set(reordered, 20L);
        x.set(reordered, 10L);
        for (int round = 0; round < 2; round++) {
            assertThat(x.get(first)).isEqualTo(1L);
            assertThat(x.get(second)).isEqualTo(1L);
            assertThat(y.get(second)).isEqualTo(2L);
            assertThat(x.get(reordered)).isEqualTo(10L);
            assertThat(y.get(reordered)).isEqualTo(20L);
            assertThat(who.call(first)).isEqualTo("a");
            assertThat(who.call(second)).isEqualTo("b");
        }
        assertThat(x.cachedReads()).isEqualTo(3);
        assertThat(x.cachedWrites()).isEqualTo(3);
        assertThat(who.cached()).isEqualTo(2);
        assertThat(new java.util.ArrayList<>(((Instance) reordered).dict().keySet())).containsExactly("y", "x");
    }

    @Test
    void classAndStaticMethodsAndClassValuesReadThroughASiteAsThroughGetattr() {
        PyType c = cls("C", new Object[0], "limit", 3L,
                "make", new Decorators.ClassMethod(PyFunction.of("C.make", a -> a[0], "cls")),
                "twice", new Decorators.StaticMethod(PyFunction.of("C.twice", a -> 2L * (Long) a[0], "n")));
        Object obj = Rt.call(c);
        assertThat(new AttrSite("limit").get(obj)).isEqualTo(3L);
        assertThat(new MethodSite("make").call(obj)).isSameAs(c);
        assertThat(new MethodSite("twice").call(obj, 4L)).isEqualTo(8L);
        assertThat(new AttrSite("twice").get(obj)).isSameAs(Rt.getattr(obj, "twice"));
    }

    @Test
    void anArityMismatchRaisesCPythonsTypeError() {
        PyType c = cls("C", new Object[0], "who", method("C.who", self -> "x"));
        Object obj = Rt.call(c);
        MethodSite who = new MethodSite("who");
        assertThat(who.call(obj)).isEqualTo("x");
        assertThatThrownBy(() -> who.call(obj, 1L)).isInstanceOf(TypeError.class)
                .hasMessage("C.who() takes 1 positional argument but 2 were given");
        assertThatThrownBy(() -> who.callKw(obj, new Object[] {1L}, new String[] {"k"}))
                .isInstanceOf(TypeError.class).hasMessage("C.who() got an unexpected keyword argument 'k'");
        Signature two = new Signature("P.__init__", new String[] {"self", "x", "y"}, 0, false, new String[0], false);
        PyType p = cls("P", new Object[0], "__init__", PyFunction.direct(two, new Object[0], new Object[0],
                (PyFunction.Direct3) (self, x, y) -> {
                    Rt.setattr(self, "x", x);
                    return null;
                }));
        CallSite make = new CallSite("P");
        assertThat(Rt.getattr(make.call(p, 1L, 2L), "x")).isEqualTo(1L);
        assertThatThrownBy(() -> make.call(p, 1L)).isInstanceOf(TypeError.class)
                .hasMessage("P.__init__() missing 1 required positional argument: 'y'");
        assertThatThrownBy(() -> make.call(p, 1L, 2L, 3L)).isInstanceOf(TypeError.class)
                .hasMessage("P.__init__() takes 3 positional arguments but 4 were given");
    }

    @Test
    void theConstructorSiteRunsInitChecksItsResultAndFollowsItsReplacement() {
        Signature one = new Signature("C.__init__", new String[] {"self", "v"}, 0, false, new String[0], false);
        PyType c = cls("C", new Object[0], "__init__", PyFunction.direct(one, new Object[0], new Object[0],
                (PyFunction.Direct2) (self, v) -> {
                    Rt.setattr(self, "v", v);
                    return null;
                }));
        CallSite make = new CallSite("C");
        Object obj = make.call(c, 5L);
        assertThat(Rt.type(obj)).isSameAs(c);
        assertThat(Rt.getattr(obj, "v")).isEqualTo(5L);
        Rt.setattr(c, "__init__", PyFunction.of("C.__init__", a -> 1L, "self", "v"));
        assertThatThrownBy(() -> make.call(c, 5L)).isInstanceOf(TypeError.class)
                .hasMessage("__init__() should return None, not 'int'");
        PyType noInit = cls("D", new Object[0]);
        assertThatThrownBy(() -> make.call(noInit, 5L)).isInstanceOf(TypeError.class)
                .hasMessage("D() takes no arguments");
        assertThat(make.call(PyFunction.of("f", a -> a[0], "x"), "through")).isEqualTo("through");
    }

    @Test
    void theConstructorSiteFollowsAnInitReplacedOnABaseOfTheClassItCached() {
        Signature one = new Signature("B.__init__", new String[] {"self", "v"}, 0, false, new String[0], false);
        PyType base = cls("B", new Object[0], "__init__", PyFunction.direct(one, new Object[0], new Object[0],
                (PyFunction.Direct2) (self, v) -> {
                    Rt.setattr(self, "v", v);
                    return null;
                }));
        PyType sub = cls("S", new Object[] {base});
        CallSite make = new CallSite("S");
        Object code = ((PyFunction) base.dict().get("__init__")).direct;
        assertThat(make.instance(sub, code)).as("plain construction, B's __init__").isNotNull();
        assertThat(Rt.getattr(make.call(sub, 5L), "v")).isEqualTo(5L);
        Rt.setattr(base, "__init__", PyFunction.of("B.__init__", a -> {
            Rt.setattr(a[0], "v", "replaced");
            return null;
        }, "self", "v"));
        assertThat(make.instance(sub, code)).as("the direct code known before is not B's __init__ any more").isNull();
        assertThat(Rt.getattr(make.call(sub, 5L), "v")).isEqualTo("replaced");
    }

    @Test
    void exceptionClassesAreConstructedAsTheDynamicCallDoes() {
        PyType err = cls("Oops", new Object[] {Types.named("ValueError")});
        Object e = new CallSite("Oops").call(err, "bad");
        assertThat(e).isInstanceOf(UserException.class);
        assertThat(new AttrSite("args").get(e)).isEqualTo(io.portalis.pylib.PyTuple.of("bad"));
    }

    @Test
    void builtInMethodsCalledDirectlyBehaveAsTheDynamicCall() {
        io.portalis.pylib.PyList<Object> list = new io.portalis.pylib.PyList<>();
        io.portalis.pylib.stdlib.Deque<Object> deque = new io.portalis.pylib.stdlib.Deque<>();
        MethodSite append = new MethodSite("append");
        append.call(list, 1L);
        append.call(deque, 2L);
        new MethodSite("appendleft").call(deque, 1L);
        assertThat(list).containsExactly(1L);
        assertThat(io.portalis.pylib.Py.repr(deque)).isEqualTo("deque([1, 2])");
        assertThat(new MethodSite("popleft").call(deque)).isEqualTo(1L);
        assertThat(new MethodSite("pop").call(deque)).isEqualTo(2L);
        assertThatThrownBy(() -> new MethodSite("pop").call(list, 5L)).isInstanceOf(io.portalis.pylib.IndexError.class)
                .hasMessage("pop index out of range");
        assertThat(new MethodSite("pop").call(list)).isEqualTo(1L);
        assertThatThrownBy(() -> new MethodSite("pop").call(list)).isInstanceOf(io.portalis.pylib.IndexError.class)
                .hasMessage("pop from empty list");
        assertThatThrownBy(() -> append.call(list, 1L, 2L)).isInstanceOf(TypeError.class)
                .hasMessage("list.append() takes exactly one argument (2 given)");
        io.portalis.pylib.PyDict<Object, Object> dict = new io.portalis.pylib.PyDict<>();
        dict.setItem("k", 1L);
        MethodSite get = new MethodSite("get");
        assertThat(get.call(dict, "k")).isEqualTo(1L);
        assertThat(get.call(dict, "absent")).isNull();
        assertThat(get.call(dict, "absent", 0L)).isEqualTo(0L);
        io.portalis.pylib.stdlib.Counter<Object> counter = new io.portalis.pylib.stdlib.Counter<>();
        assertThat(get.call(counter, "absent", 3L)).isEqualTo(3L);
        assertThatThrownBy(() -> get.call("text", "k")).isInstanceOf(AttributeError.class)
                .hasMessage("'str' object has no attribute 'get'");
    }

    @Test
    void augmentedAttributeOperatorsAreInPlaceExactlyWhenTheValueHasAnInPlaceForm() {
        assertThat(Rt.inplaceAdd(1L, 2L)).isEqualTo(3L);
        assertThat(Rt.inplaceAdd(Long.MAX_VALUE, 1L)).isEqualTo(java.math.BigInteger.valueOf(Long.MAX_VALUE).add(
                java.math.BigInteger.ONE));
        assertThat(Rt.inplaceAdd("ab", "c")).isEqualTo("abc");
        assertThat(Rt.inplaceSub(1.5, 1L)).isEqualTo(0.5);
        assertThat(Rt.inplaceMul("ab", 2L)).isEqualTo("abab");
        io.portalis.pylib.PyList<Object> list = io.portalis.pylib.PyList.of(1L);
        assertThat(Rt.inplaceAdd(list, io.portalis.pylib.PyList.of(2L))).isSameAs(list);
        assertThat(Rt.inplaceMul(list, 2L)).isSameAs(list);
        assertThat(list).containsExactly(1L, 2L, 1L, 2L);
        PyType acc = cls("Acc", new Object[0], "__iadd__", PyFunction.of("Acc.__iadd__", a -> "iadd " + a[1],
                "self", "other"), "__isub__", PyFunction.of("Acc.__isub__", a -> io.portalis.pylib.Py.NOT_IMPLEMENTED,
                "self", "other"), "__sub__", PyFunction.of("Acc.__sub__", a -> "sub " + a[1], "self", "other"));
        Object obj = Rt.call(acc);
        assertThat(Rt.inplaceAdd(obj, 1L)).isEqualTo("iadd 1");
        assertThat(Rt.inplaceSub(obj, 1L)).isEqualTo("sub 1");
        String general = catchMessage(() -> Rt.inplace("-", "a", 1L));
        assertThat(catchMessage(() -> Rt.inplaceSub("a", 1L))).isNotNull().isEqualTo(general);
        assertThat(catchMessage(() -> Rt.inplaceMul(2L, PyFunction.of("f", a -> null))))
                .isNotNull().isEqualTo(catchMessage(() -> Rt.inplace("*", 2L, PyFunction.of("f", a -> null))));
    }

    @Test
    void readsThroughAClassFollowItsAndItsBasesChanges() {
        PyType base = cls("Base", new Object[0], "LIMIT", 1L,
                "make", new Decorators.ClassMethod(PyFunction.of("Base.make", a -> a[0], "cls")),
                "twice", new Decorators.StaticMethod(PyFunction.of("Base.twice", a -> a[0], "n")));
        PyType sub = cls("Sub", new Object[] {base});
        AttrSite limit = new AttrSite("LIMIT");
        AttrSite make = new AttrSite("make");
        AttrSite twice = new AttrSite("twice");
        assertThat(limit.get(sub)).isEqualTo(1L);
        assertThat(limit.get(sub)).isEqualTo(1L);
        Rt.setattr(base, "LIMIT", 2L);
        assertThat(limit.get(sub)).isEqualTo(2L);
        Rt.setattr(sub, "LIMIT", 3L);
        assertThat(limit.get(sub)).isEqualTo(3L);
        assertThat(limit.get(base)).isEqualTo(2L);
        assertThat(make.get(sub)).isEqualTo(new BoundMethod(sub, ((Decorators.ClassMethod) base.dict().get("make")).fn()));
        assertThat(twice.get(sub)).isSameAs(Rt.getattr(base, "twice"));
        Rt.delattr(sub, "LIMIT");
        Rt.delattr(base, "LIMIT");
        assertThatThrownBy(() -> limit.get(sub)).isInstanceOf(AttributeError.class)
                .hasMessage("type object 'Sub' has no attribute 'LIMIT'");
    }

    private static String catchMessage(Runnable r) {
        try {
            r.run();
            return null;
        } catch (TypeError e) {
            return e.getMessage();
        }
    }
}
