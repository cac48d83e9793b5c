package io.portalis.pylib.dyn;

/** The built-in decorators that change how a class attribute binds: {@code staticmethod}, {@code classmethod}, {@code property}. */
public final class Decorators {
    private Decorators() {
    }

    /**
     * {@code @staticmethod}: the function is returned unbound from both the class and its instances.
     *
     * @param fn the function
     */
    public record StaticMethod(Object fn) {
    }

    /**
     * {@code @classmethod}: the function receives the class as its first argument.
     *
     * @param fn the function
     */
    public record ClassMethod(Object fn) {
    }

    /**
     * {@code @property}, with the setter and deleter that {@code @name.setter} adds.
     *
     * @param getter the getter, or null
     * @param setter the setter, or null
     * @param deleter the deleter, or null
     */
    public record Property(Object getter, Object setter, Object deleter) {
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
    }
}
