package org.reeopt.cli;

import java.io.PrintWriter;
import picocli.CommandLine;

/** A wrong flag or argument: one line saying what, a pointer to --help, exit code 2. */
final class UsageErrorHandler implements CommandLine.IParameterExceptionHandler {
    @Override
    public int handleParseException(CommandLine.ParameterException ex, String[] args) {
        CommandLine cmd = ex.getCommandLine();
        PrintWriter err = cmd.getErr();
        err.println("error: " + message(ex));
        CommandLine.UnmatchedArgumentException.printSuggestions(ex, err);
        err.println("Run '" + cmd.getCommandSpec().qualifiedName() + " --help' for usage.");
        err.flush();
        return ExitCodes.BAD_INPUT;
    }

    /** A value a converter refused, as "--flag: problem" like the range checks; other problems in picocli's words. */
    private static String message(CommandLine.ParameterException ex) {
        if (ex.getCause() instanceof CommandLine.TypeConversionException bad
                && ex.getArgSpec() instanceof CommandLine.Model.OptionSpec option) {
            return option.longestName() + ": " + bad.getMessage();
        }
        return ex.getMessage();
    }
}
