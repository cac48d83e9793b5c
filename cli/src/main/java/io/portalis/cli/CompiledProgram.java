package io.portalis.cli;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.Map;

/**
 * What compiling a program for {@code run} gave, in the form one process hands to another: the exit status when
 * it failed (its reasons already reported), else the module's class and every class file.
 *
 * @param status 0 when the program compiled, else the status {@code run} exits with
 * @param className the module's class, or null when the compilation failed
 * @param classes the class files by binary name, empty when the compilation failed
 */
record CompiledProgram(int status, String className, Map<String, byte[]> classes) {
    /** Marks the start of the stream, so that anything else written to it is not taken for a program. */
    private static final int MAGIC = 0x50594a43;

    /**
     * A compilation that failed.
     *
     * @param status the status to exit with, not 0
     * @return the result
     */
    static CompiledProgram failed(int status) {
        return new CompiledProgram(status, null, Map.of());
    }

    /**
     * Writes the result.
     *
     * @param out where to; flushed, not closed
     * @throws IOException when writing fails
     */
    void writeTo(OutputStream out) throws IOException {
        DataOutputStream data = new DataOutputStream(out);
        data.writeInt(MAGIC);
        data.writeInt(status);
        if (status == 0) {
            data.writeUTF(className);
            data.writeInt(classes.size());
            for (Map.Entry<String, byte[]> e : classes.entrySet()) {
                data.writeUTF(e.getKey());
                data.writeInt(e.getValue().length);
                data.write(e.getValue());
            }
        }
        data.flush();
    }

    /**
     * Reads a result written by {@link #writeTo}.
     *
     * @param in where from
     * @return the result
     * @throws IOException when the stream ends early or does not hold a result
     */
    static CompiledProgram readFrom(InputStream in) throws IOException {
        DataInputStream data = new DataInputStream(in);
        if (data.readInt() != MAGIC) {
            throw new IOException("not a compiled program");
        }
        int status = data.readInt();
        if (status != 0) {
            return failed(status);
        }
        String className = data.readUTF();
        int count = data.readInt();
        Map<String, byte[]> classes = new HashMap<>();
        for (int i = 0; i < count; i++) {
            String name = data.readUTF();
            byte[] bytes = new byte[data.readInt()];
            data.readFully(bytes);
            classes.put(name, bytes);
        }
        return new CompiledProgram(0, className, classes);
    }
}
