package org.reeopt.cli;

import java.io.PrintWriter;
import org.reeopt.load.InputException;
import org.reeopt.load.InputProblemsException;
import org.reeopt.report.OutputRefusedException;
import org.reeopt.solve.SolverUnavailableException;
import org.reeopt.validate.InvalidScenarioException;
import org.reeopt.validate.Problem;
import picocli.CommandLine;

/** Turns exceptions into plain messages and exit codes: never a stack trace for the user. */
final class ErrorHandler implements CommandLine.IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, CommandLine.ParseResult parseResult) {
        PrintWriter err = cmd.getErr();
        int code;
        if (ex instanceof InputProblemsException many) {
            err.println("error: " + many.headline() + ":");
            many.problems().forEach(p -> err.println("  " + p.getMessage()));
            code = ExitCodes.BAD_INPUT;
        } else if (ex instanceof InputException input) {
            err.println("error: " + input.getMessage());
            code = ExitCodes.BAD_INPUT;
        } else if (ex instanceof InvalidScenarioException invalid) {
            err.println("error: " + invalid.report().headline() + ":");
            for (Problem p : invalid.report().errors()) {
                err.println("  " + p);
            }
            code = ExitCodes.BAD_INPUT;
        } else if (ex instanceof SolverUnavailableException unavailable) {
            err.println("error: " + unavailable.getMessage());
            code = ExitCodes.BAD_INPUT;
        } else if (ex instanceof OutputRefusedException output) {
            err.println("error: " + output.getMessage());
            code = ExitCodes.BAD_INPUT;
        } else {
            err.println("internal error (please report it with the command you ran): " + ex);
            if (System.getenv("REEOPT_DEBUG") != null) {
                ex.printStackTrace(err);
            }
            code = ExitCodes.INTERNAL_ERROR;
        }
        err.flush();
        return code;
    }
}
