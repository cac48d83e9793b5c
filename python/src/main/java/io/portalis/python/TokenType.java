package io.portalis.python;

/** The kinds of token; operators each have their own kind, keywords are {@link #NAME}s. */
enum TokenType {
    NAME, NUMBER, STRING, NEWLINE, INDENT, DEDENT, ENDMARKER,
    /** A character that is no Python token, such as {@code $}: the parser rejects it with "invalid syntax". */
    ERROR,
    LPAR("("), RPAR(")"), LSQB("["), RSQB("]"), LBRACE("{"), RBRACE("}"),
    COLON(":"), COMMA(","), SEMI(";"), PLUS("+"), MINUS("-"), STAR("*"), SLASH("/"), VBAR("|"), AMPER("&"),
    LESS("<"), GREATER(">"), EQUAL("="), DOT("."), PERCENT("%"), EQEQUAL("=="), NOTEQUAL("!="),
    LESSEQUAL("<="), GREATEREQUAL(">="), TILDE("~"), CIRCUMFLEX("^"), LEFTSHIFT("<<"), RIGHTSHIFT(">>"),
    DOUBLESTAR("**"), PLUSEQUAL("+="), MINEQUAL("-="), STAREQUAL("*="), SLASHEQUAL("/="), PERCENTEQUAL("%="),
    AMPEREQUAL("&="), VBAREQUAL("|="), CIRCUMFLEXEQUAL("^="), LEFTSHIFTEQUAL("<<="), RIGHTSHIFTEQUAL(">>="),
    DOUBLESTAREQUAL("**="), DOUBLESLASH("//"), DOUBLESLASHEQUAL("//="), AT("@"), ATEQUAL("@="), RARROW("->"),
    ELLIPSIS("..."), COLONEQUAL(":=");

    final String text;

    TokenType() {
        this.text = null;
    }

    TokenType(String text) {
        this.text = text;
    }
}
