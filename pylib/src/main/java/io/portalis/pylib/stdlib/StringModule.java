package io.portalis.pylib.stdlib;

/** Python's {@code string} module constants. */
public final class StringModule {
    /** {@code string.ascii_lowercase}. */
    public static final String ascii_lowercase = "abcdefghijklmnopqrstuvwxyz";
    /** {@code string.ascii_uppercase}. */
    public static final String ascii_uppercase = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    /** {@code string.ascii_letters}. */
    public static final String ascii_letters = ascii_lowercase + ascii_uppercase;
    /** {@code string.digits}. */
    public static final String digits = "0123456789";
    /** {@code string.hexdigits}. */
    public static final String hexdigits = "0123456789abcdefABCDEF";
    /** {@code string.octdigits}. */
    public static final String octdigits = "01234567";
    /** {@code string.punctuation}. */
    public static final String punctuation = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";
    /** {@code string.whitespace}. */
    public static final String whitespace = " \t\n\r\u000b\f";
    /** {@code string.printable}. */
    public static final String printable = digits + ascii_letters + punctuation + whitespace;

    private StringModule() {
    }
}
