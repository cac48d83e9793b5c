package io.portalis.pylib.dyn;

import io.portalis.pylib.AttributeError;
import io.portalis.pylib.Py;
import io.portalis.pylib.PyObject;

/**
 * The built-in decorators that change how a class attribute binds: {@code staticmethod}, {@code classmethod},
 * {@code property}. Their objects are what a class namespace holds ({@code vars(C)['s']}), so they answer to their
 * Python type names, compare by identity and read their attributes ({@code __func__}, {@code fget}...) as CPython's do.
 */
public final class Decorators {
    private Decorators() {
    }

    /**
     * What staticmethod and classmethod objects share: the wrapped function, read as {@code __func__} and
     * {@code __wrapped__}, a repr naming both, and identity for equality, as CPython's objects have.
     */
    public abstract static sealed class FunctionWrapper implements PyObject permits StaticMethod, ClassMethod {
        private final Object fn;

        FunctionWrapper(Object fn) {
            this.fn = fn;
        }

        /** @return the wrapped function */
        public Object fn() {
            return fn;
        }

        @Override
        public String repr() {
            return "<" + pyTypeName() + "(" + Py.repr(fn) + ")>";
        }

        @Override
        public Object getAttr(String name) {
            return switch (name) {
                case "__func__", "__wrapped__" -> fn;
                default -> throw new AttributeError("'" + pyTypeName() + "' object has no attribute '" + name + "'");
            };
        }
    }

    /**
     * {@code @staticmethod}: the function is returned unbound from both the class and its instances; the object
     * itself is callable too (since Python 3.10), and calls the function.
     */
    public static final class StaticMethod extends FunctionWrapper implements PyCallable {
        /** @param fn the function */
        public StaticMethod(Object fn) {
            super(fn);
        }

        @Override
        public Object call(Object[] args, String[] kwnames) {
            return Rt.callKw(fn(), args, kwnames);
        }

        @Override
        public String pyTypeName() {
            return "staticmethod";
        }
    }

    /**
     * {@code @classmethod}: the function receives the class as its first argument. Unlike a staticmethod the object
     * itself is not callable.
     */
    public static final class ClassMethod extends FunctionWrapper {
        /** @param fn the function */
        public ClassMethod(Object fn) {
            super(fn);
        }

        @Override
        public String pyTypeName() {
            return "classmethod";
        }
    }

    /**
     * {@code @property}, with the setter and deleter that {@code @name.setter} adds.
     *
     * @param getter the getter, or null
     * @param setter the setter, or null
     * @param deleter the deleter, or null
     */
    public record Property(Object getter, Object setter, Object deleter) implements PyObject {
        /** {@code prop.setter(fn)}. @param fn the setter @return a property with it */
        public Property withSetter(Object fn) {
            return new Property(getter, fn, deleter);
        }

        /** {@code prop.getter(fn)}. @param fn the getter @return a property with it */
        public Property withGetter(Object fn) {
            return new Property(fn, setter, deleter);
        }

        /** {@code prop.deleter(fn)}. @param fn the deleter @return a property with it */
        public Property withDeleter(Object fn) {
            return new Property(getter, setter, fn);
        }

        @Override
        public String pyTypeName() {
            return "property";
        }

        @Override
        public String repr() {
            return PyObject.objectRepr("property", this);
        }

        @Override
        public Object getAttr(String name) {
            return switch (name) {
                case "fget" -> getter;
                case "fset" -> setter;
                case "fdel" -> deleter;
                default -> throw new AttributeError("'property' object has no attribute '" + name + "'");
            };
        }

        @Override
        public boolean equals(Object o) {
            return o == this;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(this);
        }
    }
}
