package io.portalis.python;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Code points by Unicode name for {@code \N{...}} escapes, as CPython finds them: the names the JDK knows, plus
 * the names Unicode derives by rule (CJK ideographs, Hangul syllables), which the JDK does not look up.
 */
final class UnicodeNames {

    private static final String[] LEADS = {"G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ",
        "C", "K", "T", "P", "H"};
    private static final String[] VOWELS = {"A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE",
        "YO", "U", "WEO", "WE", "WI", "YU", "EU", "YI", "I"};
    private static final String[] TAILS = {"", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS",
        "LT", "LP", "LH", "M", "B", "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H"};

    private static Map<String, Integer> hangul;

    private UnicodeNames() {
    }

    /** Returns the code point named {@code name} (case-insensitively), or -1. */
    static int lookup(String name) {
        String upper = name.toUpperCase(Locale.ROOT);
        int derived = derived(upper, "CJK UNIFIED IDEOGRAPH-");
        if (derived < 0) {
            derived = derived(upper, "CJK COMPATIBILITY IDEOGRAPH-");
        }
        if (derived >= 0) {
            return Character.isIdeographic(derived) ? derived : -1;
        }
        if (upper.startsWith("HANGUL SYLLABLE ")) {
            Integer cp = hangul().get(upper.substring("HANGUL SYLLABLE ".length()));
            return cp == null ? -1 : cp;
        }
        try {
            return name.isEmpty() ? -1 : Character.codePointOf(name);
        } catch (IllegalArgumentException e) {
            return -1;
        }
    }

    private static int derived(String name, String prefix) {
        if (!name.startsWith(prefix)) {
            return -1;
        }
        String hex = name.substring(prefix.length());
        if (hex.length() < 4 || hex.length() > 5) {
            return -1;
        }
        try {
            return Integer.parseInt(hex, 16);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static synchronized Map<String, Integer> hangul() {
        if (hangul == null) {
            Map<String, Integer> names = new HashMap<>();
            for (int l = 0; l < LEADS.length; l++) {
                for (int v = 0; v < VOWELS.length; v++) {
                    for (int t = 0; t < TAILS.length; t++) {
                        names.put(LEADS[l] + VOWELS[v] + TAILS[t], 0xAC00 + (l * VOWELS.length + v) * TAILS.length + t);
                    }
                }
            }
            hangul = names;
        }
        return hangul;
    }
}
