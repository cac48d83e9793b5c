package io.portalis.python;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Parse throughput over the standard library, single-threaded: one operation parses every {@code .py} file of
 * the installed CPython standard library (without site-packages), read into memory beforehand. MB/s is the
 * total size over the time of one operation; {@code scripts/python-parse-bench} runs this and CPython's
 * {@code ast.parse} on the same files and prints both.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class ParseBenchmark {

    private List<byte[]> sources;

    /** Loads the files. */
    @Setup(Level.Trial)
    public void load() throws IOException, InterruptedException {
        sources = new ArrayList<>();
        long bytes = 0;
        for (Path f : Python3.stdlibFiles()) {
            byte[] b = Files.readAllBytes(f);
            sources.add(b);
            bytes += b.length;
        }
        System.out.printf("%n%d files, %d bytes%n", sources.size(), bytes);
    }

    /** Parses every file; a file CPython rejects is rejected here too, which is part of the work. */
    @Benchmark
    public int parseStdlib() {
        int nodes = 0;
        for (byte[] source : sources) {
            try {
                nodes += Parser.parse(source, "<bench>").body().size();
            } catch (PythonSyntaxError e) {
                nodes--;
            }
        }
        return nodes;
    }
}
