package io.portalis.python;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

/**
 * Random token-level and byte-level mutations of real Python code (windows of the standard library's files, or
 * of the parser fixtures where there is no python3): the parser must return a tree or throw
 * {@link PythonSyntaxError}, never anything else, and never take long, under the 3.11 grammar and (every other
 * case) the 3.12 one. The seed is fixed (override with
 * {@code -Dportalis.fuzz.seed=N}, and the case count with {@code -Dportalis.fuzz.cases=N}) and printed on failure.
 */
class ParserFuzzTest {

    private static final long SEED = Long.getLong("portalis.fuzz.seed", 0x5EED_2026L);
    private static final int CASES = Integer.getInteger("portalis.fuzz.cases", 100_000);
    private static final long CASE_TIME_LIMIT_SECONDS = 10;
    private static final int WINDOW = 1500;

    /** Tokens as far as mutation cares: names, numbers, strings' quotes, operators, spaces, newlines. */
    private static final java.util.regex.Pattern TOKEN =
            java.util.regex.Pattern.compile("[A-Za-z_][A-Za-z_0-9]*|[0-9][0-9_.eEjJxXoObB]*|\\s+|\\*\\*|//|->|:=|.",
                    java.util.regex.Pattern.DOTALL);
    private static final String[] INTERESTING = {"(", ")", "[", "]", "{", "}", ":", ",", ";", "\\", "\n", "\t",
        "    ", "'", "\"", "'''", "f'", "f'{", "}", "#", "@", "=", ":=", "*", "**", "lambda", "yield", "await",
        "async", "match", "case", "if", "else", "def", "class", "for", "in", "not", "is", "\r", "\u00e9", "\u20ac",
        "\ud83d\ude00", "\u0000", "\f", "0x", "1e", "1_", "\\N{", "\\x", "b'", "r'", "u'", "...", "!", "$", "?"};

    @Test
    void mutatedCodeParsesOrRaisesSyntaxError() throws Exception {
        List<byte[]> corpus = corpus();
        SplittableRandom random = new SplittableRandom(SEED);
        ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(null, r, "fuzz-parser", 64L << 20);
            t.setDaemon(true);
            return t;
        });
        int rejected = 0;
        try {
            for (int n = 0; n < CASES; n++) {
                byte[] source = mutate(corpus.get(random.nextInt(corpus.size())), random);
                // Every other case under the 3.12 grammar, whose f-strings are read by other code.
                PythonVersion version = n % 2 == 0 ? PythonVersion.PY311 : PythonVersion.PY312;
                Future<Boolean> result = worker.submit(() -> {
                    try {
                        Parser.parse(source, "<fuzz>", version);
                        return true;
                    } catch (PythonSyntaxError e) {
                        return false;
                    }
                });
                try {
                    if (!result.get(CASE_TIME_LIMIT_SECONDS, TimeUnit.SECONDS)) {
                        rejected++;
                    }
                } catch (ExecutionException e) {
                    fail(report(n, source, "threw " + e.getCause()), e.getCause());
                } catch (TimeoutException e) {
                    fail(report(n, source, "took more than " + CASE_TIME_LIMIT_SECONDS + " s"));
                }
            }
        } finally {
            worker.shutdownNow();
        }
        System.out.printf("fuzz: %d cases (seed %d), %d rejected as syntax errors%n", CASES, SEED, rejected);
        assertThat(rejected).as("mutations must reach the error paths").isGreaterThan(CASES / 10);
        assertThat(rejected).as("and leave some input valid").isLessThan(CASES);
    }

    private static String report(int n, byte[] source, String what) {
        return "fuzz case " + n + " of seed " + SEED + " (rerun with -Dportalis.fuzz.seed=" + SEED + "): the parser "
                + what + " on:\n" + new String(source, StandardCharsets.UTF_8);
    }

    private static List<byte[]> corpus() throws Exception {
        List<byte[]> corpus = new ArrayList<>();
        if (Python3.executable() != null) {
            for (Path f : Python3.stdlibFiles()) {
                corpus.add(Files.readAllBytes(f));
            }
        } else {
            for (ParserFixturesTest.Case c : ParserFixturesTest.cases()) {
                corpus.add(c.source());
            }
        }
        return corpus;
    }

    /** A window of a file, starting at a line, with 1 to 4 token-level or byte-level mutations. */
    static byte[] mutate(byte[] file, SplittableRandom random) {
        int start = file.length <= WINDOW ? 0 : random.nextInt(file.length - WINDOW);
        while (start > 0 && file[start - 1] != '\n') {
            start--;
        }
        byte[] window = java.util.Arrays.copyOfRange(file, start, Math.min(file.length, start + WINDOW));
        int mutations = 1 + random.nextInt(4);
        for (int i = 0; i < mutations; i++) {
            window = random.nextBoolean() ? mutateToken(window, random) : mutateByte(window, random);
        }
        return window;
    }

    private static byte[] mutateByte(byte[] b, SplittableRandom random) {
        if (b.length == 0) {
            return new byte[] {(byte) random.nextInt(256)};
        }
        int at = random.nextInt(b.length);
        byte[] out;
        switch (random.nextInt(3)) {
            case 0 -> {
                out = b.clone();
                out[at] = (byte) random.nextInt(256);
            }
            case 1 -> {
                out = new byte[b.length - 1];
                System.arraycopy(b, 0, out, 0, at);
                System.arraycopy(b, at + 1, out, at, b.length - at - 1);
            }
            default -> {
                out = new byte[b.length + 1];
                System.arraycopy(b, 0, out, 0, at);
                out[at] = (byte) random.nextInt(256);
                System.arraycopy(b, at, out, at + 1, b.length - at);
            }
        }
        return out;
    }

    private static byte[] mutateToken(byte[] b, SplittableRandom random) {
        String text = new String(b, StandardCharsets.UTF_8);
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        while (m.find()) {
            tokens.add(m.group());
        }
        if (tokens.isEmpty()) {
            tokens.add("");
        }
        int at = random.nextInt(tokens.size());
        switch (random.nextInt(4)) {
            case 0 -> tokens.remove(at);
            case 1 -> tokens.add(at, tokens.get(random.nextInt(tokens.size())));
            case 2 -> tokens.set(at, INTERESTING[random.nextInt(INTERESTING.length)]);
            default -> tokens.add(at, INTERESTING[random.nextInt(INTERESTING.length)]);
        }
        return String.join("", tokens).getBytes(StandardCharsets.UTF_8);
    }
}
