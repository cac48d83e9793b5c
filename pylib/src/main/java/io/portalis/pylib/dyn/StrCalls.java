package io.portalis.pylib.dyn;

import io.portalis.pylib.Strs;

/**
 * The calls of {@code str}'s most used methods on a receiver whose type translated code does not know: when the
 * receiver is a {@code str} (and each argument has the type the method takes), the method runs directly; any
 * other receiver or argument goes through the call's {@link MethodSite}, which behaves exactly as the dynamic
 * call does (a user object's own {@code lower}, a {@code None} argument, CPython's error messages).
 *
 * <p>The receiver and the arguments are evaluated before the helper runs, in Python's order, as for
 * {@link MethodSite#call(Object)}; a {@code str} method cannot be rebound, so there is no lookup to make first.
 */
public final class StrCalls {
    private StrCalls() {
    }

    /**
     * {@code self.upper()}.
     *
     * @param self the receiver
     * @param site the call's site, for a receiver that is not a str
     * @return the result
     */
    public static Object upper(Object self, MethodSite site) {
        return self instanceof String s ? Strs.upper(s) : site.call(self);
    }

    /**
     * {@code self.lower()}.
     *
     * @param self the receiver
     * @param site the call's site, for a receiver that is not a str
     * @return the result
     */
    public static Object lower(Object self, MethodSite site) {
        return self instanceof String s ? Strs.lower(s) : site.call(self);
    }

    /**
     * {@code self.capitalize()}.
     *
     * @param self the receiver
     * @param site the call's site, for a receiver that is not a str
     * @return the result
     */
    public static Object capitalize(Object self, MethodSite site) {
        return self instanceof String s ? Strs.capitalize(s) : site.call(self);
    }

    /**
     * {@code self.title()}.
     *
     * @param self the receiver
     * @param site the call's site, for a receiver that is not a str
     * @return the result
     */
    public static Object title(Object self, MethodSite site) {
        return self instanceof String s ? Strs.title(s) : site.call(self);
    }

    /**
     * {@code self.strip()}.
     *
     * @param self the receiver
     * @param site the call's site, for a receiver that is not a str
     * @return the result
     */
    public static Object strip(Object self, MethodSite site) {
        return self instanceof String s ? Strs.strip(s) : site.call(self);
    }

    /**
     * {@code self.strip(chars)}.
     *
     * @param self the receiver
     * @param site the call's site, for a receiver or argument that is not a str
     * @param chars the characters to remove
     * @return the result
     */
    public static Object strip(Object self, MethodSite site, Object chars) {
        return self instanceof String s && chars instanceof String c ? Strs.strip(s, c) : site.call(self, chars);
    }

    /**
     * {@code self.lstrip()}.
     *
     * @param self the receiver
     * @param site the call's site, for a receiver that is not a str
     * @return the result
     */
    public static Object lstrip(Object self, MethodSite site) {
        return self instanceof String s ? Strs.lstrip(s) : site.call(self);
    }

    /**
     * {@code self.lstrip(chars)}.
     *
     * @param self the receiver
     * @param site the call's site, for a receiver or argument that is not a str
     * @param chars the characters to remove
     * @return the result
     */
    public static Object lstrip(Object self, MethodSite site, Object chars) {
        return self instanceof String s && chars instanceof String c ? Strs.lstrip(s, c) : site.call(self, chars);
    }

    /**
     * {@code self.rstrip()}.
     *
     * @param self the receiver
     * @param site the call's site, for a receiver that is not a str
     * @return the result
     */
    public static Object rstrip(Object self, MethodSite site) {
        return self instanceof String s ? Strs.rstrip(s) : site.call(self);
    }

    /**
     * {@code self.rstrip(chars)}.
     *
     * @param self the receiver
     * @param site the call's site, for a receiver or argument that is not a str
     * @param chars the characters to remove
     * @return the result
     */
    public static Object rstrip(Object self, MethodSite site, Object chars) {
        return self instanceof String s && chars instanceof String c ? Strs.rstrip(s, c) : site.call(self, chars);
    }

    /**
     * {@code self.split()}.
     *
     * @param self the receiver
     * @param site the call's site, for a receiver that is not a str
     * @return the result
     */
    public static Object split(Object self, MethodSite site) {
        return self instanceof String s ? Strs.split(s) : site.call(self);
    }

    /**
     * {@code self.split(sep)}.
     *
     * @param self the receiver
     * @param site the call's site, for a receiver or separator that is not a str
     * @param sep the separator
     * @return the result
     */
    public static Object split(Object self, MethodSite site, Object sep) {
        return self instanceof String s && sep instanceof String p ? Strs.split(s, p) : site.call(self, sep);
    }

    /**
     * {@code self.join(items)}.
     *
     * @param self the receiver
     * @param site the call's site, for a receiver that is not a str
     * @param items the strings to join
     * @return the result
     */
    public static Object join(Object self, MethodSite site, Object items) {
        return self instanceof String s ? Strs.join(s, Rt.iterable(items)) : site.call(self, items);
    }

    /**
     * {@code self.startswith(prefix)}.
     *
     * @param self the receiver
     * @param site the call's site, for a receiver or prefix that is not a str
     * @param prefix the prefix
     * @return the result
     */
    public static Object startswith(Object self, MethodSite site, Object prefix) {
        return self instanceof String s && prefix instanceof String p ? Strs.startswith(s, p) : site.call(self, prefix);
    }

    /**
     * {@code self.endswith(suffix)}.
     *
     * @param self the receiver
     * @param site the call's site, for a receiver or suffix that is not a str
     * @param suffix the suffix
     * @return the result
     */
    public static Object endswith(Object self, MethodSite site, Object suffix) {
        return self instanceof String s && suffix instanceof String p ? Strs.endswith(s, p) : site.call(self, suffix);
    }

    /**
     * {@code self.find(sub)}.
     *
     * @param self the receiver
     * @param site the call's site, for a receiver or argument that is not a str
     * @param sub the text to find
     * @return the result
     */
    public static Object find(Object self, MethodSite site, Object sub) {
        return self instanceof String s && sub instanceof String t ? (Object) Strs.find(s, t) : site.call(self, sub);
    }

    /**
     * {@code self.count(sub)}.
     *
     * @param self the receiver
     * @param site the call's site, for a receiver or argument that is not a str
     * @param sub the text to count
     * @return the result
     */
    public static Object count(Object self, MethodSite site, Object sub) {
        return self instanceof String s && sub instanceof String t ? (Object) Strs.count(s, t) : site.call(self, sub);
    }

    /**
     * {@code self.replace(old, repl)}.
     *
     * @param self the receiver
     * @param site the call's site, for a receiver or argument that is not a str
     * @param old the text to replace
     * @param repl its replacement
     * @return the result
     */
    public static Object replace(Object self, MethodSite site, Object old, Object repl) {
        return self instanceof String s && old instanceof String o && repl instanceof String r ? Strs.replace(s, o, r)
                : site.call(self, old, repl);
    }
}
