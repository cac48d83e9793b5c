package io.portalis.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code portalis} command line: one subcommand per task ({@code ast}, {@code translate}, {@code run},
 * {@code check}).
 */
@Command(name = "portalis", mixinStandardHelpOptions = true, version = "portalis 0.1.0",
        description = "Python asyncio programs on the JVM.", subcommands = {AstCommand.class, TranslateCommand.class, RunCommand.class, CheckCommand.class})
public final class Main implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    private Main() {
    }

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
        CommandLine cli = new CommandLine(new Main());
        // a program's own arguments after FILE are not options of run: its option parsing stops at FILE
        cli.getSubcommands().get("run").setStopAtPositional(true);
        return cli.execute(args);
    }

    /** Without a subcommand: usage on stderr, a misuse. */
    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing subcommand");
    }
}
