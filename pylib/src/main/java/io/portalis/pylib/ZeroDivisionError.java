package io.portalis.pylib;

/**
 * Python's {@code ZeroDivisionError}: division or modulo by zero, with CPython's message for the operand types ({@code division by zero}, {@code integer division or modulo by zero}, {@code float modulo}, …).
 */
public class ZeroDivisionError extends ArithmeticError {
    /**
     * Creates the exception with Python's {@code args}.
     *
     * @param args the positional arguments; usually one message string
     */
    public ZeroDivisionError(Object... args) {
        super(args);
    }
}
