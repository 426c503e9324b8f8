package org.reeopt.results;

import java.util.List;

/** What the independent audit checked and every breach beyond tolerance it found. */
public record AuditReport(int checks, List<String> breaches) {
    public AuditReport {
        breaches = List.copyOf(breaches);
    }

    public boolean passed() {
        return breaches.isEmpty();
    }
}
