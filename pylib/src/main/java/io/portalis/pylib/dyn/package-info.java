/**
 * The dynamic object model of translated programs: functions as values with Python's argument binding, classes
 * with C3 method resolution, instances with attribute dictionaries, generators, and the operations on values
 * whose type the translator could not prove ({@link io.portalis.pylib.dyn.Rt}). An instance stores its attributes
 * itself, laid out by a shape shared with the other instances of its class that added the same names in the same
 * order, floats and ints unboxed; inline-cache sites ({@link io.portalis.pylib.dyn.AttrSite},
 * {@link io.portalis.pylib.dyn.MethodSite}, {@link io.portalis.pylib.dyn.CallSite}) key their decisions on it.
 *
 * <p>Dispatch on a value's type is an {@code instanceof} chain, not a pattern {@code switch}, for the start-up reason
 * {@link io.portalis.pylib.Py} gives.
 */
package io.portalis.pylib.dyn;
