# input(prompt) writes the prompt to stdout without a newline (see stdin_prompt.in).

name = input("What is your name? ")
print(f"Hello, {name}!")
age = int(input("How old are you? "))
print(f"In ten years you will be {age + 10}.")
colours = input("Favourite colours (comma separated): ").split(",")
colours = [c.strip() for c in colours if c.strip()]
print(f"You listed {len(colours)} colours: {', '.join(sorted(colours))}")
answer = input("Continue? [y/N] ").strip().lower()
print("continuing" if answer in ("y", "yes") else "stopping")
extra = []
while True:
    try:
        extra.append(input("more> "))
    except EOFError:
        print()
        print("no more input")
        break
print("extra lines:", extra)
print(f"{name.split()[0]!r} has {len(name)} characters")
