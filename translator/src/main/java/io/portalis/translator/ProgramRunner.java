package io.portalis.translator;

import io.portalis.pylib.PyList;
import io.portalis.pylib.Sys;
import io.portalis.pylib.Traceback;
import io.portalis.pylib.dyn.Modules;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.List;
import java.util.Map;

/**
 * Runs a compiled program as {@code python3 FILE.py ARGS...} would: with {@code sys.argv}, the given standard
 * streams, and CPython's exit status (0, the {@code SystemExit} code, or 1 after printing a traceback to stderr).
 */
public final class ProgramRunner {
    /** The stack of the thread running a program: deep Python recursion needs more than the JVM's default. */
    private static final long STACK_BYTES = 1L << 30;

    private ProgramRunner() {
    }

    /**
     * Loads and runs a translated module.
     *
     * @param className the module's class
     * @param classes the compiled classes
     * @param fileName the script name, {@code sys.argv[0]}
     * @param args the arguments after it
     * @param in standard input
     * @param out standard output
     * @param err standard error
     * @return the exit status
     */
    public static int run(String className, Map<String, byte[]> classes, String fileName, List<String> args,
            InputStream in, OutputStream out, OutputStream err) {
        ClassLoader loader = new MemoryClassLoader(classes, ProgramRunner.class.getClassLoader());
        MethodHandle main;
        try {
            Class<?> cls = Class.forName(className, false, loader);
            main = MethodHandles.publicLookup().findStatic(cls, "run", MethodType.methodType(void.class));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("translated class " + className + " has no run()", e);
        }
        Sys.setStreams(out, err, in);
        PyList<String> argv = PyList.of(fileName);
        argv.addAll(args);
        Sys.argv = argv;
        Modules.reset();
        int[] status = new int[1];
        Thread t = new Thread(null, () -> status[0] = Traceback.runMain(() -> invoke(main)), "main", STACK_BYTES);
        t.start();
        boolean interrupted = false;
        while (true) {
            try {
                t.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        Sys.stderr.flush();
        Sys.stdout.flush();
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        return status[0];
    }

    private static void invoke(MethodHandle main) {
        try {
            main.invokeExact();
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The loader of one program's classes. Each has a name of its own, by which a traceback tells its frames from
     * those of another program run in the same JVM from a module of the same name.
     */
    private static final class MemoryClassLoader extends ClassLoader {
        private static final java.util.concurrent.atomic.AtomicLong RUNS = new java.util.concurrent.atomic.AtomicLong();
        private final Map<String, byte[]> classes;

        MemoryClassLoader(Map<String, byte[]> classes, ClassLoader parent) {
            super("portalis-run-" + RUNS.incrementAndGet(), parent);
            this.classes = classes;
        }

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            byte[] b = classes.get(name);
            if (b == null) {
                throw new ClassNotFoundException(name);
            }
            return defineClass(name, b, 0, b.length);
        }
    }
}
