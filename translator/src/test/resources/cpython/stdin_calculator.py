# A line-oriented calculator reading commands from stdin (see stdin_calculator.in) until "quit" or EOF.

stack = []
line_number = 0
while True:
    try:
        line = input()
    except EOFError:
        print("end of input")
        break
    line_number += 1
    command = line.strip()
    if not command or command.startswith("#"):
        continue
    if command == "quit":
        print("bye")
        break
    try:
        if command in ("+", "-", "*", "/", "//", "%", "**"):
            right = stack.pop()
            left = stack.pop()
            result = {
                "+": lambda: left + right,
                "-": lambda: left - right,
                "*": lambda: left * right,
                "/": lambda: left / right,
                "//": lambda: left // right,
                "%": lambda: left % right,
                "**": lambda: left ** right,
            }[command]()
            stack.append(result)
            print(f"{line_number}: {left} {command} {right} = {result}")
        elif command == "dup":
            stack.append(stack[-1])
        elif command == "show":
            print(f"{line_number}: stack {stack}")
        else:
            stack.append(float(command) if "." in command or "e" in command else int(command))
    except ZeroDivisionError as e:
        print(f"{line_number}: error: {e}")
    except IndexError:
        print(f"{line_number}: error: stack underflow")
    except ValueError as e:
        print(f"{line_number}: error: {e}")
print("final stack:", stack)
