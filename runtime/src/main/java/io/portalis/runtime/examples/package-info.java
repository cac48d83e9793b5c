/**
 * Example programs on the runtime, each checked against its Python twin by the differential tests. Not part of
 * the runtime's API.
 */
package io.portalis.runtime.examples;
