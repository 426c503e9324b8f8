package org.reeopt.model;

/**
 * A slack variable of the elastic model that explains an infeasible scenario: how far one requirement must give.
 * {@code required} is the requirement in report units (a share, or tonnes); the slack's column value times
 * {@code reportPerUnit} is the shortfall in the same units; {@code direction} is +1 when the nearest achievable value
 * lies above the requirement (a maximum share, a supply limit) and -1 when it lies below (a minimum tonnage).
 */
public record ElasticSlack(String name, int column, String requirement, int year, double required,
                           double reportPerUnit, int direction, boolean share) {
}
