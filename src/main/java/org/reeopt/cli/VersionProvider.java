package org.reeopt.cli;

import picocli.CommandLine;

/** The version from the jar manifest (set by Maven), or "development" when run from classes. */
final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = ReeoptCommand.class.getPackage().getImplementationVersion();
        return new String[] {"reeopt " + (v == null ? "development" : v) + " (solver: ojAlgo 57.1.0)"};
    }
}
