package io.portalis.pylib.dyn;

import io.portalis.pylib.ImportAttributes;
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
    private transient ImportAttributes imp;

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
        if (type.isSubclassOf(Types.IMPORT_ERROR)) {
            imp = new ImportAttributes();
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

    /**
     * The attributes of an ImportError, for an exception whose class derives from {@code ImportError}; they stay
     * None until {@code ImportError.__init__} runs.
     *
     * @return them, or {@code null} for another exception
     */
    public ImportAttributes importError() {
        return imp;
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

    /**
     * The built-in base's {@code __init__(self, *args, **kwargs)}: ImportError's reads msg from the positional
     * arguments and name and path from the keyword arguments; the others take positional arguments only.
     *
     * @param args the call's arguments, the keyword arguments' values last
     * @param kwnames the names of the keyword arguments
     * @throws TypeError {@code C() takes no keyword arguments}, or ImportError's message for an unknown keyword
     */
    public void initBase(Object[] args, String[] kwnames) {
        if (imp != null) {
            imp.init(args, kwnames);
        } else if (kwnames.length > 0) {
            throw new TypeError(type.name() + "() takes no keyword arguments");
        }
        Object[] pos = new Object[args.length - kwnames.length];
        System.arraycopy(args, 0, pos, 0, pos.length);
        setArgs(PyTuple.of(pos));
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
     * {@code BaseException.__str__}, or that of OSError, ImportError or KeyError.
     *
     * @return the message from {@code args} (for a KeyError the repr of its one argument), OSError's
     *     {@code [Errno 2] message: 'file'} or ImportError's msg
     */
    public String defaultStr() {
        String described = os != null ? os.str() : imp != null ? imp.str() : null;
        if (described != null) {
            return described;
        }
        return switch (pyArgs.size()) {
            case 0 -> "";
            case 1 -> type.isSubclassOf(Types.KEY_ERROR) ? Py.repr(pyArgs.get(0)) : Py.str(pyArgs.get(0));
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
