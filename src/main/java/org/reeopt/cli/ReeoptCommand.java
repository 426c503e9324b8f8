package org.reeopt.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(name = "reeopt", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Allocates a budget over years and investment options to minimize the remaining China "
                + "dependency of a rare-earth magnet supply chain, year by year.",
        subcommands = {SolveCommand.class, SweepCommand.class, UncertaintyCommand.class, CompareCommand.class, StressCommand.class, AlternativesCommand.class, ReportCommand.class, ValidateCommand.class, ExportCommand.class, CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:solved (a plan was found)", "1:internal error (a bug: please report it)",
                "2:bad input or usage", "3:infeasible: no plan meets every requirement",
                "4:solver failure, a limit reached without a plan, or a plan that failed the audit"})
public final class ReeoptCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The configured command line: subcommands, the error handler, and usage errors as exit code 2. */
    public static CommandLine commandLine() {
        CommandLine cmd = new CommandLine(new ReeoptCommand());
        cmd.setExecutionExceptionHandler(new ErrorHandler());
        cmd.setParameterExceptionHandler(new UsageErrorHandler());
        cmd.registerConverter(java.nio.file.Path.class, ReeoptCommand::path);
        NumberFlags.register(cmd);
        return cmd;
    }

    /**
     * A path argument. A name the file system cannot take is a usage error in words; the usual cause is a name
     * with letters outside ASCII and no UTF-8 locale (the launcher ./reeopt sets one; java -jar does not).
     */
    static java.nio.file.Path path(String text) {
        try {
            return java.nio.file.Path.of(text);
        } catch (java.nio.file.InvalidPathException e) {
            throw new CommandLine.TypeConversionException("\"" + text + "\" is not a usable file name (" + e.getReason()
                    + "); for letters outside ASCII run with a UTF-8 locale, e.g. LC_ALL=C.UTF-8, or use ./reeopt");
        }
    }
}
