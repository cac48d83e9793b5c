/**
 * The dynamic object model of translated programs: functions as values with Python's argument binding, classes
 * with C3 method resolution, instances with attribute dictionaries, generators, and the operations on values
 * whose type the translator could not prove ({@link io.portalis.pylib.dyn.Rt}).
 */
package io.portalis.pylib.dyn;
