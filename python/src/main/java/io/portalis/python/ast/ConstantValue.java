package io.portalis.python.ast;

import java.math.BigInteger;
import java.util.Arrays;

/** The value of a {@link Expr.Constant} or {@link Pattern.MatchSingleton}: one of Python's literal types. */
public sealed interface ConstantValue {

    /**
     * Returns what Python's {@code repr()} returns for this value, as {@code ast.dump} shows it.
     *
     * @return the Python representation
     */
    String repr();

    /** {@code None}. */
    record NoneValue() implements ConstantValue {
        @Override
        public String repr() {
            return "None";
        }
    }

    /** {@code True} or {@code False}. */
    record BoolValue(boolean value) implements ConstantValue {
        @Override
        public String repr() {
            return value ? "True" : "False";
        }
    }

    /** {@code ...}. */
    record EllipsisValue() implements ConstantValue {
        @Override
        public String repr() {
            return "Ellipsis";
        }
    }

    /** An {@code int} of any size. */
    record IntValue(BigInteger value) implements ConstantValue {
        @Override
        public String repr() {
            return value.toString();
        }
    }

    /** A {@code float}. */
    record FloatValue(double value) implements ConstantValue {
        @Override
        public String repr() {
            return PythonRepr.floatRepr(value, true);
        }
    }

    /** An imaginary literal such as {@code 2j}: a {@code complex} whose real part is zero. */
    record ImaginaryValue(double imag) implements ConstantValue {
        @Override
        public String repr() {
            return PythonRepr.floatRepr(imag, false) + "j";
        }
    }

    /**
     * A {@code str}. It may hold lone surrogates, as Python's {@code str} may when they are written as escapes
     * ({@code "\\ud800"}). {@code escapedSurrogates} is true when two such escapes stand side by side as a high
     * and a low surrogate: Python keeps them as two code points, so every surrogate pair of the value then counts
     * as two code points.
     */
    record StrValue(String value, boolean escapedSurrogates) implements ConstantValue {

        /**
         * A str whose surrogate pairs, if any, are characters.
         *
         * @param value the text
         */
        public StrValue(String value) {
            this(value, false);
        }

        @Override
        public String repr() {
            return PythonRepr.strRepr(value, escapedSurrogates);
        }
    }

    /** A {@code bytes}. The array is not copied: treat it as read-only. */
    record BytesValue(byte[] value) implements ConstantValue {
        @Override
        public String repr() {
            return PythonRepr.bytesRepr(value);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof BytesValue b && Arrays.equals(value, b.value);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(value);
        }

        @Override
        public String toString() {
            return repr();
        }
    }
}
