# Reads file paths, one a line, from stdin; for each prints one line: what ast.dump(..., include_attributes=True)
# gives for the file, or "SyntaxError: MSG (FILE, line N) OFFSET" when CPython rejects it. The reference of the
# conformance test and of the `portalis ast` command.
import ast
import sys
import warnings

warnings.simplefilter("ignore")  # SyntaxWarnings of odd input would clutter the build output

out = sys.stdout
for path in sys.stdin:
    path = path.rstrip("\n")
    try:
        with open(path, "rb") as f:
            source = f.read()
        out.write(ast.dump(ast.parse(source, filename=path), include_attributes=True))
    except SyntaxError as e:
        out.write("%s: %s %s" % (type(e).__name__, e, e.offset))
    except (ValueError, UnicodeError) as e:
        out.write("%s: %s" % (type(e).__name__, e))
    out.write("\n")
    out.flush()
