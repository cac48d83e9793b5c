package io.portalis.pylib.dyn;

import io.portalis.pylib.OSErrorAttributes;
import io.portalis.pylib.Py;
import io.portalis.pylib.PyException;
import io.portalis.pylib.PyTuple;
import io.portalis.pylib.TypeError;

/**
 * An instance of an exception class defined by a translated program. It is a Java throwable so that it can be
 * raised; {@code except} clauses of translated code match it by its Python class ({@link Rt#matches}).
 */
public final class UserException extends PyException implements Instance {
    private static final long serialVersionUID = 1L;
    private final transient PyType type;
    private final transient Dict dict = new Dict();
    private transient PyTuple pyArgs;
    private transient OSErrorAttributes os;

    /**
     * Creates the exception as {@code BaseException.__new__} does, with the call's positional arguments.
     *
     * @param type the exception's class
     * @param args the positional arguments of the call
     */
    public UserException(PyType type, Object[] args) {
        this.type = type;
        if (!type.isSubclassOf(Types.OS_ERROR)) {
            this.pyArgs = PyTuple.of(args);
        } else if (type.lookup("__init__") == Rt.MISSING) {
            // OSError.__new__ reads the arguments itself unless a class of the program defines __init__
            os = new OSErrorAttributes(args);
            this.pyArgs = PyTuple.of(os.args());
        } else {
            // ...which then reads them when it calls OSError.__init__, and until then args is empty
            os = new OSErrorAttributes(new Object[0]);
            this.pyArgs = PyTuple.of();
        }
    }

    /**
     * The attributes of an OSError, for an exception whose class derives from {@code OSError}.
     *
     * @return them, or {@code null} for another exception
     */
    public OSErrorAttributes osError() {
        return os;
    }

    @Override
    public PyType type() {
        return type;
    }

    @Override
    public Dict dict() {
        return dict;
    }

    /** @return Python's {@code e.args} */
    public PyTuple pyArgs() {
        return pyArgs;
    }

    /**
     * {@code BaseException.__init__(self, *args)}: replaces {@code args}. For a class deriving from OSError that
     * defines {@code __init__}, {@code OSError.__init__}, which reads errno and the file names from them; for one
     * that does not, {@code OSError.__new__} read them already and {@code __init__} changes nothing.
     *
     * @param args the new arguments
     */
    public void setArgs(PyTuple args) {
        if (os == null) {
            this.pyArgs = args;
        } else if (type.lookup("__init__") != Rt.MISSING) {
            os = new OSErrorAttributes(args.toArray());
            this.pyArgs = PyTuple.of(os.args());
        }
    }

    @Override
    public String pythonTypeName() {
        return type.name();
    }

    @Override
    public String str() {
        Object r = Rt.dunder(this, "__str__");
        if (r != Rt.MISSING) {
            if (!(r instanceof String s)) {
                throw new TypeError("__str__ returned non-string (type " + Py.typeName(r) + ")");
            }
            return s;
        }
        return defaultStr();
    }

    /**
     * {@code BaseException.__str__}, or OSError's.
     *
     * @return the message from {@code args}, or OSError's {@code [Errno 2] message: 'file'}
     */
    public String defaultStr() {
        String described = os == null ? null : os.str();
        if (described != null) {
            return described;
        }
        return switch (pyArgs.size()) {
            case 0 -> "";
            case 1 -> Py.str(pyArgs.get(0));
            default -> Py.str(pyArgs);
        };
    }

    @Override
    public String repr() {
        Object r = Rt.dunder(this, "__repr__");
        if (r instanceof String s) {
            return s;
        }
        String inner = pyArgs.size() == 1 ? "(" + Py.repr(pyArgs.get(0)) + ")" : Py.repr(pyArgs);
        return type.name() + inner;
    }
}
