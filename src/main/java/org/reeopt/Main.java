package org.reeopt;

import org.reeopt.cli.ReeoptCommand;

/** Entry point of the {@code reeopt} command. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        int code;
        org.reeopt.cli.InterruptNotice.install();
        try {
            code = ReeoptCommand.commandLine().execute(args);
        } catch (OutOfMemoryError | StackOverflowError e) {
            // input checks keep models small; reaching this is a bug, reported in one line, never as a stack trace
            System.err.println("internal error (please report it with the command you ran): " + e);
            code = 1;
        }
        System.exit(code);
    }
}
