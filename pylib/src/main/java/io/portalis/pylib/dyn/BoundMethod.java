package io.portalis.pylib.dyn;

import io.portalis.pylib.Py;
import io.portalis.pylib.PyObject;

/**
 * A function bound to a receiver: what {@code obj.method} evaluates to.
 *
 * @param self the receiver
 * @param fn the function, called with the receiver first
 */
public record BoundMethod(Object self, Object fn) implements PyCallable, PyObject {
    @Override
    public Object call(Object[] args, String[] kwnames) {
        if (fn instanceof PyFunction f) {
            return f.callWithSelf(self, args, kwnames);
        }
        Object[] all = new Object[args.length + 1];
        all[0] = self;
        System.arraycopy(args, 0, all, 1, args.length);
        return Rt.call(fn, all, kwnames);
    }

    @Override
    public String pyTypeName() {
        return "method";
    }

    @Override
    public String repr() {
        String name = fn instanceof PyFunction f ? f.signature().name() : "?";
        return "<bound method " + name + " of " + Py.repr(self) + ">";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BoundMethod b && b.self == self && b.fn == fn;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(self) * 31 + System.identityHashCode(fn);
    }
}
