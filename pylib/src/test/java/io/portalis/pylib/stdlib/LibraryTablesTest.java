package io.portalis.pylib.stdlib;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import org.junit.jupiter.api.Test;

/**
 * The tables of {@link LibraryExp}, {@link LibraryPow}, {@link LibraryLog} and {@link LibrarySin}, written out in
 * their sources, against every entry computed from its definition with BigDecimal: the entries are the C library's,
 * since its tables follow the same definitions.
 */
class LibraryTablesTest {
    @Test
    void expTableHoldsTwoToTheKOver128AsHighBitsAndRelativeTail() {
        int n = LibraryExp.N;
        MathContext mc = new MathContext(70);
        // 2**(1/128) by Newton's method on r**128 = 2, far past double precision; 2**(k/128) is then r**k, whose
        // 127 roundings at 70 digits stay far below what the two doubles of an entry hold
        BigDecimal two = BigDecimal.valueOf(2);
        BigDecimal r = new BigDecimal(Math.pow(2.0, 1.0 / n));
        for (int i = 0; i < 4; i++) {
            BigDecimal r127 = r.pow(n - 1, mc);
            r = r.subtract(r127.multiply(r, mc).subtract(two).divide(r127.multiply(BigDecimal.valueOf(n)), mc), mc);
        }
        long[] expected = new long[2 * n];
        BigDecimal y = BigDecimal.ONE;
        for (int k = 0; k < n; k++, y = y.multiply(r, mc)) {
            double h = y.doubleValue();
            double tail = y.subtract(new BigDecimal(h)).divide(new BigDecimal(h), mc).doubleValue();
            expected[2 * k] = Double.doubleToRawLongBits(tail);
            expected[2 * k + 1] = Double.doubleToRawLongBits(h) - ((long) k << 45);
        }
        assertThat(LibraryExp.TABLE).containsExactly(expected);
    }

    @Test
    void powTableHoldsInverseCentresAndTheirLogsInTwoParts() {
        int n = LibraryPow.N;
        MathContext mc = new MathContext(40);
        // Each 1/c is m / 2**j for an integer m in [128, 256]: log c = j ln 2 - ln m, with ln m for consecutive m
        // from ln 128 = 7 ln 2 and ln(m + 1) - ln m = 2 atanh(1 / (2m + 1)), a series that shrinks by 2**-16 a term
        BigDecimal ln2 = atanhTimesTwo(BigDecimal.ONE.divide(BigDecimal.valueOf(3), mc), mc);
        BigDecimal[] lnInt = new BigDecimal[2 * n + 1];
        lnInt[n] = ln2.multiply(BigDecimal.valueOf(7), mc);
        for (int m = n; m < 2 * n; m++) {
            lnInt[m + 1] = lnInt[m].add(atanhTimesTwo(BigDecimal.ONE.divide(BigDecimal.valueOf(2L * m + 1), mc), mc),
                    mc);
        }
        long[] expected = new long[3 * n];
        for (int i = 0; i < n; i++) {
            double center = Double.longBitsToDouble(LibraryPow.OFF + ((2L * i + 1) << 44));
            int j = center < 1 ? 7 : 8;
            double invc = Math.rint((1 << j) / center) / (1 << j);
            int m = (int) (invc * (1 << j));
            BigDecimal logc = m == 1 << j ? BigDecimal.ZERO
                    : ln2.multiply(BigDecimal.valueOf(j), mc).subtract(lnInt[m], mc);
            double hi = Math.rint(logc.doubleValue() * 0x1p43) / 0x1p43;
            expected[3 * i] = Double.doubleToRawLongBits(invc);
            expected[3 * i + 1] = Double.doubleToRawLongBits(hi);
            expected[3 * i + 2] = Double.doubleToRawLongBits(logc.subtract(new BigDecimal(hi)).doubleValue());
        }
        long[] actual = new long[3 * n];
        for (int i = 0; i < actual.length; i++) {
            actual[i] = Double.doubleToRawLongBits(LibraryPow.TABLE[i]);
        }
        assertThat(actual).containsExactly(expected);
    }

    @Test
    void logTableHoldsInverseCentresOfTheSubintervalsAndTheirLogsOnTheGridOf2ToTheMinus43() {
        int n = LibraryLog.N;
        MathContext mc = new MathContext(40);
        for (int i = 0; i < n; i++) {
            double invc = LibraryLog.TABLE[2 * i];
            double logc = LibraryLog.TABLE[2 * i + 1];
            // c lies in subinterval i of [OFF, 2 OFF), whose mantissas share their top 7 bits
            double low = Double.longBitsToDouble(LibraryLog.OFF + ((long) i << 45));
            double high = Double.longBitsToDouble(LibraryLog.OFF + ((long) (i + 1) << 45));
            BigDecimal c = BigDecimal.ONE.divide(new BigDecimal(invc), mc);
            assertThat(c).as("c of %d", i).isBetween(new BigDecimal(low), new BigDecimal(high));
            // the library chose each c so that log c falls within 2**-66 of a multiple of 2**-43; 1/c rounded to
            // invc moves the log by at most 2**-53
            assertThat(logc * 0x1p43).as("log c of %d", i).isEqualTo(Math.rint(logc * 0x1p43));
            BigDecimal error = new BigDecimal(logc).add(ln(new BigDecimal(invc), mc), mc).abs();
            assertThat(error).as("log c of %d", i).isLessThan(new BigDecimal(0x1p-52));
        }
    }

    @Test
    void sinCosTableHoldsSinAndCosOfMultiplesOf1Over128InTwoParts() {
        MathContext mc = new MathContext(50);
        for (int j = 0; j < LibrarySin.TABLE.length / 4; j++) {
            BigDecimal x = BigDecimal.valueOf(j).divide(BigDecimal.valueOf(128), mc);
            BigDecimal x2 = x.multiply(x, mc);
            // sin x = x - x**3/3! + ..., cos x = 1 - x**2/2! + ...: each term from the one before
            BigDecimal[] sinCos = {BigDecimal.ZERO, BigDecimal.ZERO};
            BigDecimal sinTerm = x;
            BigDecimal cosTerm = BigDecimal.ONE;
            for (int k = 1; k < 60; k += 2) {
                sinCos[0] = sinCos[0].add(sinTerm, mc);
                sinCos[1] = sinCos[1].add(cosTerm, mc);
                sinTerm = sinTerm.multiply(x2, mc).divide(BigDecimal.valueOf(-(long) (k + 1) * (k + 2)), mc);
                cosTerm = cosTerm.multiply(x2, mc).divide(BigDecimal.valueOf(-(long) k * (k + 1)), mc);
            }
            for (int f = 0; f < 2; f++) {
                double hi = LibrarySin.TABLE[4 * j + 2 * f];
                double lo = LibrarySin.TABLE[4 * j + 2 * f + 1];
                // the high part is the value rounded; the library's low part is not always the rest rounded, but
                // the two together are within 2**-107 of the value
                assertThat(hi).as("entry %d, %d", j, f).isEqualTo(sinCos[f].doubleValue());
                BigDecimal error = new BigDecimal(hi).add(new BigDecimal(lo)).subtract(sinCos[f], mc).abs();
                assertThat(error).as("entry %d, %d", j, f).isLessThan(new BigDecimal(0x1p-107));
            }
        }
    }

    @Test
    void twoOverPiTableHoldsItsDigitsInBase2To24() {
        MathContext mc = new MathContext(600);
        // pi = 16 atan(1/5) - 4 atan(1/239) (Machin)
        BigDecimal pi = atan(5, mc).multiply(BigDecimal.valueOf(16))
                .subtract(atan(239, mc).multiply(BigDecimal.valueOf(4)));
        BigDecimal rest = BigDecimal.valueOf(2).divide(pi, mc);
        BigDecimal base = BigDecimal.valueOf(1 << 24);
        double[] expected = new double[LibrarySin.TWO_OVER_PI.length];
        for (int i = 0; i < expected.length; i++) {
            rest = rest.multiply(base);
            BigDecimal digit = new BigDecimal(rest.toBigInteger());
            expected[i] = digit.doubleValue();
            rest = rest.subtract(digit);
        }
        assertThat(LibrarySin.TWO_OVER_PI).containsExactly(expected);
    }

    /** atan(1/m) by its series. */
    private static BigDecimal atan(int m, MathContext mc) {
        BigDecimal x = BigDecimal.ONE.divide(BigDecimal.valueOf(m), mc);
        BigDecimal x2 = x.multiply(x, mc);
        BigDecimal smallest = BigDecimal.ONE.movePointLeft(mc.getPrecision() + 2);
        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal power = x;
        for (int k = 1; power.compareTo(smallest) > 0; k += 2) {
            BigDecimal term = power.divide(BigDecimal.valueOf(k), mc);
            sum = k % 4 == 1 ? sum.add(term, mc) : sum.subtract(term, mc);
            power = power.multiply(x2, mc);
        }
        return sum;
    }

    /** ln x = 2 atanh((x - 1) / (x + 1)) for x near 1. */
    private static BigDecimal ln(BigDecimal x, MathContext mc) {
        BigDecimal s = x.subtract(BigDecimal.ONE).divide(x.add(BigDecimal.ONE), mc);
        return s.signum() == 0 ? s : s.signum() > 0 ? atanhTimesTwo(s, mc) : atanhTimesTwo(s.negate(), mc).negate();
    }

    /** 2 atanh s = ln((1 + s) / (1 - s)), by its series, for 0 &lt; s &lt;= 1/3. */
    private static BigDecimal atanhTimesTwo(BigDecimal s, MathContext mc) {
        BigDecimal s2 = s.multiply(s, mc);
        BigDecimal smallest = BigDecimal.ONE.movePointLeft(mc.getPrecision() + 2);
        BigDecimal term = s;
        BigDecimal sum = BigDecimal.ZERO;
        for (int k = 1; term.compareTo(smallest) > 0; k += 2) {
            sum = sum.add(term.divide(BigDecimal.valueOf(k), mc), mc);
            term = term.multiply(s2, mc);
        }
        return sum.multiply(BigDecimal.valueOf(2), mc);
    }
}
