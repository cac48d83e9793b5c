package io.portalis.cli;

import java.nio.file.Path;
import java.util.List;
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
        if (isPlainRun(args)) {
            return runWithoutParser(args);
        }
        CommandLine cli = new CommandLine(new Main());
        // "@name" is a program argument like any other, as python3 passes it, not a file of arguments to expand
        cli.setExpandAtFiles(false);
        // a program's own arguments after FILE are not options of run: its option parsing stops at FILE
        cli.getSubcommands().get("run").setStopAtPositional(true);
        return cli.execute(args);
    }

    /** Whether the arguments are {@code run FILE [ARGS...]} with a FILE that is not an option of run. */
    private static boolean isPlainRun(String[] args) {
        return args.length >= 2 && args[0].equals("run") && !args[1].isEmpty() && !args[1].startsWith("-");
    }

    /**
     * Runs {@code run FILE [ARGS...]} as the parser would, without it: the parser's classes cannot be kept in the
     * launcher's ahead-of-time cache (their class files are too old to be linked ahead of time), and loading and
     * verifying them took about a quarter of a second of every start. An exception escaping the command is
     * reported as the parser reports it: its stack trace on stderr and status 1.
     */
    private static int runWithoutParser(String[] args) {
        try {
            return new RunCommand(Path.of(args[1]), List.of(args).subList(2, args.length)).call();
        } catch (RuntimeException e) {
            e.printStackTrace();
            return 1;
        }
    }

    /** Without a subcommand: usage on stderr, a misuse. */
    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing subcommand");
    }
}
