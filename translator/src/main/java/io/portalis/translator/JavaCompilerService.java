package io.portalis.translator;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles generated Java in memory with the JDK's compiler (javax.tools): sources and class files never touch
 * the disk. One instance reuses one compiler and file manager across compilations.
 */
public final class JavaCompilerService {
    private final JavaCompiler compiler;
    private final StandardJavaFileManager files;
    private final List<String> options;

    /**
     * Creates the service, compiling against the class path this JVM runs with (which holds pylib).
     *
     * @throws IllegalStateException when the JVM has no Java compiler (a JRE without jdk.compiler)
     */
    public JavaCompilerService() {
        compiler = ToolProvider.getSystemJavaCompiler();
        if (compiler == null) {
            throw new IllegalStateException("no Java compiler in this runtime: run Portalis-J on a JDK");
        }
        files = compiler.getStandardFileManager(null, Locale.ROOT, java.nio.charset.StandardCharsets.UTF_8);
        options = List.of("-classpath", System.getProperty("java.class.path"), "-proc:none", "-g",
                "-Xlint:none", "-nowarn");
    }

    /**
     * Compiles classes, all in one compiler task.
     *
     * @param sources Java sources by class name (classes in the unnamed package)
     * @return the class files of every class compiled (including nested and lambda-free inner classes), by binary name
     * @throws CompilationException when javac reports an error
     */
    public synchronized Map<String, byte[]> compile(Map<String, String> sources) {
        List<JavaFileObject> units = new ArrayList<>();
        for (Map.Entry<String, String> e : sources.entrySet()) {
            units.add(new Source(e.getKey(), e.getValue()));
        }
        Map<String, ByteArrayOutputStream> out = new HashMap<>();
        ForwardingJavaFileManager<StandardJavaFileManager> fm = new ForwardingJavaFileManager<>(files) {
            @Override
            public JavaFileObject getJavaFileForOutput(Location location, String className, JavaFileObject.Kind kind,
                    FileObject sibling) {
                return new SimpleJavaFileObject(URI.create("mem:///" + className.replace('.', '/') + kind.extension),
                        kind) {
                    @Override
                    public OutputStream openOutputStream() {
                        ByteArrayOutputStream b = new ByteArrayOutputStream();
                        out.put(className, b);
                        return b;
                    }
                };
            }
        };
        DiagnosticCollector<JavaFileObject> diags = new DiagnosticCollector<>();
        boolean ok = compiler.getTask(null, fm, diags, options, null, units).call();
        if (!ok) {
            StringBuilder b = new StringBuilder("internal error: the generated Java does not compile\n");
            for (Diagnostic<? extends JavaFileObject> d : diags.getDiagnostics()) {
                if (d.getKind() == Diagnostic.Kind.ERROR) {
                    String name = d.getSource() == null ? "?" : d.getSource().getName();
                    b.append(name).append(':').append(d.getLineNumber()).append(':').append(d.getColumnNumber())
                            .append(": ").append(d.getMessage(Locale.ROOT)).append('\n');
                }
            }
            throw new CompilationException(b.toString().stripTrailing());
        }
        Map<String, byte[]> classes = new HashMap<>();
        out.forEach((k, v) -> classes.put(k, v.toByteArray()));
        return classes;
    }

    private static final class Source extends SimpleJavaFileObject {
        private final String code;

        Source(String className, String code) {
            super(URI.create("string:///" + className + Kind.SOURCE.extension), Kind.SOURCE);
            this.code = code;
        }

        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return code;
        }
    }
}
