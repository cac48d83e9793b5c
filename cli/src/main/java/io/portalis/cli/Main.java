package io.portalis.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code portalis} command line: one subcommand per task ({@code ast} now; {@code translate}, {@code run}
 * and {@code check} join it as {@code subcommands}).
 */
@Command(name = "portalis", mixinStandardHelpOptions = true, version = "portalis 0.1.0",
        description = "Python asyncio programs on the JVM.", subcommands = {AstCommand.class})
public final class Main implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    /**
     * Runs the command line and exits with its status: 0 on success, 1 when some input failed, 2 on misuse.
     *
     * @param args the arguments, a subcommand first
     */
    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /**
     * Runs the command line without exiting.
     *
     * @param args the arguments, a subcommand first
     * @return the exit status
     */
    public static int execute(String... args) {
        return new CommandLine(new Main()).execute(args);
    }

    /** Without a subcommand: usage on stderr, a misuse. */
    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing subcommand");
    }
}
