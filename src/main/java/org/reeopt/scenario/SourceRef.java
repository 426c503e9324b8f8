package org.reeopt.scenario;

/** Where an input came from: the file and line it was read from, and the source and confidence cells if given. */
public record SourceRef(String file, int line, String source, String confidence) {
    public String location() {
        return line > 0 ? file + ":" + line : file;
    }
}
