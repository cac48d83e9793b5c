package io.portalis.translator;

import io.portalis.python.Parser;
import io.portalis.python.PythonSyntaxError;
import io.portalis.python.ast.Mod;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Translates a Python module to the source of one Java class that behaves as CPython runs the module. */
public final class Translator {
    private Translator() {
    }

    /**
     * Parses and translates a module.
     *
     * @param source the module's bytes (UTF-8 unless it declares another encoding)
     * @param fileName the file name: the class is named after it and messages print it
     * @return the translation, with every unsupported construct listed when there are any
     * @throws PythonSyntaxError when the source is not valid Python
     */
    public static Translation translate(byte[] source, String fileName) {
        Mod.Module module = Parser.parse(source, fileName);
        return translate(module, fileName);
    }

    /**
     * Translates a parsed module.
     *
     * @param module the module
     * @param fileName the file name
     * @return the translation
     */
    public static Translation translate(Mod.Module module, String fileName) {
        ModuleEmitter emitter = new ModuleEmitter(fileName, module);
        String java = emitter.emit(module);
        List<Diagnostic> errors = new ArrayList<>(emitter.errors());
        errors.sort(Comparator.comparingInt(Diagnostic::line).thenComparingInt(Diagnostic::column));
        List<Diagnostic> unique = new ArrayList<>();
        for (Diagnostic d : errors) {
            if (!unique.contains(d)) {
                unique.add(d);
            }
        }
        return new Translation(fileName, emitter.className(), unique.isEmpty() ? java : null, List.copyOf(unique));
    }
}
