package org.reeopt.report;

import java.util.List;

/** Fixed-width text tables; numeric columns (all but the first when {@code rightAlign}) are right-aligned. */
final class TextTable {
    private TextTable() {
    }

    /** A Markdown table followed by a blank line, or a right-aligned text table followed by a newline. */
    static String sideBySide(List<String> header, List<List<String>> rows, boolean markdown) {
        if (!markdown) {
            return render(header, rows, true) + "\n";
        }
        StringBuilder out = new StringBuilder("| ").append(String.join(" | ", header)).append(" |\n|")
                .append("---|".repeat(header.size())).append('\n');
        rows.forEach(r -> out.append("| ").append(String.join(" | ", r)).append(" |\n"));
        return out.append('\n').toString();
    }

    static String render(List<String> header, List<List<String>> rows, boolean rightAlign) {
        int[] width = new int[header.size()];
        for (int c = 0; c < header.size(); c++) {
            width[c] = header.get(c).length();
            for (List<String> row : rows) {
                width[c] = Math.max(width[c], row.get(c).length());
            }
        }
        StringBuilder out = new StringBuilder();
        line(out, header, width, rightAlign);
        for (List<String> row : rows) {
            line(out, row, width, rightAlign);
        }
        return out.toString();
    }

    private static void line(StringBuilder out, List<String> cells, int[] width, boolean rightAlign) {
        StringBuilder line = new StringBuilder();
        for (int c = 0; c < cells.size(); c++) {
            String cell = cells.get(c);
            String pad = " ".repeat(width[c] - cell.length());
            line.append(c == 0 ? "" : "  ");
            line.append(rightAlign && c > 0 ? pad + cell : cell + pad);
        }
        out.append(line.toString().stripTrailing()).append('\n');
    }
}
