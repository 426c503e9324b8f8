package org.reeopt;

import org.reeopt.cli.ReeoptCommand;

/** Entry point of the {@code reeopt} command. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(ReeoptCommand.commandLine().execute(args));
    }
}
