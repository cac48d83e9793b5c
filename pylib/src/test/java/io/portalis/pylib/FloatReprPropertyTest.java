package io.portalis.pylib;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Properties of float repr over many doubles, beyond the golden list: it reads back as the same double, and it
 * is never longer than the JDK's shortest digits (so it is the shortest).
 */
class FloatReprPropertyTest {
    private static int significantDigits(String s) {
        String m = s.replace("-", "");
        int e = Math.max(m.indexOf('e'), m.indexOf('E'));
        if (e >= 0) {
            m = m.substring(0, e);
        }
        m = m.replace(".", "").replaceAll("^0+", "").replaceAll("0+$", "");
        return Math.max(1, m.length());
    }

    @Test
    void reprReadsBackAsTheSameDoubleAndIsShortest() {
        SplittableRandom random = new SplittableRandom(20251126);
        for (int k = 0; k < 200_000; k++) {
            double x = Double.longBitsToDouble(random.nextLong());
            if (Double.isNaN(x)) {
                continue;
            }
            String r = Floats.repr(x);
            assertThat(Double.doubleToRawLongBits(Floats.parse(r))).as(r).isEqualTo(Double.doubleToRawLongBits(x));
            if (Double.isFinite(x) && x != 0) {
                assertThat(significantDigits(r)).as(r).isLessThanOrEqualTo(significantDigits(Double.toString(x)));
            }
        }
    }

    @Test
    void writtenReprIsTheReprStringAtAnyOffset() {
        SplittableRandom random = new SplittableRandom(5);
        byte[] out = new byte[Floats.REPR_ROOM + 8];
        for (int k = 0; k < 200_000; k++) {
            double x = switch (k % 4) {
                case 0 -> Double.longBitsToDouble(random.nextLong());
                case 1 -> random.nextDouble() * Math.pow(2, random.nextInt(-60, 70));
                case 2 -> -Math.rint(random.nextDouble() * Math.pow(10, random.nextInt(0, 18)));
                default -> random.nextLong(1, 1L << 55) / Math.pow(10, random.nextInt(0, 24));
            };
            int at = k % 8;
            int end = Floats.writeRepr(x, out, at);
            String written = new String(out, at, end - at, java.nio.charset.StandardCharsets.ISO_8859_1);
            assertThat(written).as("%s", x).isEqualTo(Floats.repr(x));
        }
    }

    @Test
    void writtenReprOfIntegralValuesAroundPowersOfTen() {
        byte[] out = new byte[Floats.REPR_ROOM];
        long p = 1;
        for (int digits = 1; digits <= 16; digits++, p *= 10) {
            for (long v : new long[] {p - 1, p, p + 1, -p}) {
                int end = Floats.writeRepr(v, out, 0);
                assertThat(new String(out, 0, end, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo(v + ".0");
            }
        }
    }

    @Test
    void writtenDecimalsAreTheIntsDigits() {
        byte[] out = new byte[24];
        java.util.List<Long> values = new java.util.ArrayList<>(java.util.List.of(0L, Long.MIN_VALUE, Long.MAX_VALUE));
        for (long p = 1; p > 0 && p <= Long.MAX_VALUE / 10 * 10; p *= 10) {
            values.addAll(java.util.List.of(p - 1, p, p + 1, -p, 1 - p, 99 * p / 10));
        }
        SplittableRandom random = new SplittableRandom(11);
        for (int k = 0; k < 20_000; k++) {
            values.add(random.nextLong() >> random.nextInt(64));
        }
        for (long v : values) {
            int end = Floats.writeDecimal(v, out, 2);
            assertThat(new String(out, 2, end - 2, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo(
                    Long.toString(v));
        }
    }

    @Test
    void fixedPrecisionFormattingAgreesWithTheExactDecimalExpansion() {
        SplittableRandom random = new SplittableRandom(7);
        for (int k = 0; k < 50_000; k++) {
            double x = (random.nextInt(2_000_000) - 1_000_000) / Math.pow(10, random.nextInt(6)) + random.nextInt(2)
                    * 0.5 / Math.pow(10, random.nextInt(4));
            int precision = random.nextInt(8);
            String expected = new java.math.BigDecimal(x).setScale(precision, java.math.RoundingMode.HALF_EVEN)
                    .toPlainString();
            if (x < 0 && expected.matches("[0.]+")) {
                expected = "-" + expected;
            }
            assertThat(PyFormat.format(x, "." + precision + "f")).as("%s .%df", x, precision).isEqualTo(expected);
        }
    }
}
