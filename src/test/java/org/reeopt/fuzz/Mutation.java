package org.reeopt.fuzz;

import java.util.List;

/**
 * One random change to one input file, as drawn by {@link FuzzCases}: what kind of change, where (fractions of the
 * candidate positions, so the same mutation applies to any file), a sub-variant, and the text or bytes it puts in.
 * {@link Mutator} turns it into new file content and a readable description. {@code token} replaces text,
 * {@code number} a number (or an empty or numeric cell), {@code path} a file path (a JSON {@code tables} entry,
 * a series {@code table} or {@code extends}).
 */
record Mutation(Kind kind, double at, double at2, int variant, String token, String number, String path,
                byte[] bytes) {

    /** The kinds of change. Text kinds apply to every file; the others to CSV tables or to JSON scenarios only. */
    enum Kind {
        // any file
        DELETE_LINE, DUPLICATE_LINE, SWAP_LINES, TRUNCATE, INSERT_BYTES, EMPTY_FILE, REPLACE_NUMBER,
        // CSV tables
        CHANGE_HEADER, SWAP_CELLS, REPLACE_CELL, DELETE_CELL, ADD_CELL,
        // JSON scenarios
        DELETE_KEY, CHANGE_TYPE, DUPLICATE_KEY, BREAK_BRACES, RENAME_KEY, REPLACE_VALUE, ADD_KEY;

        static final List<Kind> FOR_CSV = List.of(DELETE_LINE, DUPLICATE_LINE, SWAP_LINES, TRUNCATE, INSERT_BYTES,
                EMPTY_FILE, REPLACE_NUMBER, CHANGE_HEADER, SWAP_CELLS, REPLACE_CELL, DELETE_CELL, ADD_CELL);
        static final List<Kind> FOR_JSON = List.of(DELETE_LINE, DUPLICATE_LINE, SWAP_LINES, TRUNCATE, INSERT_BYTES,
                EMPTY_FILE, REPLACE_NUMBER, DELETE_KEY, CHANGE_TYPE, DUPLICATE_KEY, BREAK_BRACES, RENAME_KEY,
                REPLACE_VALUE, ADD_KEY);
    }

    /** The same change with another kind (draws are made for any kind, then mapped onto the file's kinds). */
    Mutation withKind(Kind newKind) {
        return new Mutation(newKind, at, at2, variant, token, number, path, bytes);
    }
}
