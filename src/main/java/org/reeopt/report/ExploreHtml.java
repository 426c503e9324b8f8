package org.reeopt.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.reeopt.study.SweepResult;

/**
 * explore.html of a budget sweep: one self-contained page (no network, the data inline as JSON, plain JavaScript)
 * with a slider over the swept levels that shows, for the level chosen, the key figures, a chart of end-to-end
 * dependency by year, the plan and the marginal value. Every figure is formatted here, in Java, with the same
 * {@link Numbers} as sweep.md and report.md, so the page never shows a number the other reports round otherwise;
 * the script only displays them and draws the chart from the raw shares.
 */
public final class ExploreHtml {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ExploreHtml() {
    }

    public static String render(SweepResult sweep) {
        List<Map<String, Object>> levels = new ArrayList<>();
        for (int i = 0; i < sweep.points().size(); i++) {
            levels.add(level(sweep, i, sweep.points().get(i)));
        }
        Map.Entry<Integer, String> start = start(sweep);
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("scenario", sweep.scenario());
        data.put("keyYears", sweep.keyYears());
        data.put("levels", levels);
        String json;
        try {
            json = MAPPER.writeValueAsString(data).replace("<", "\\u003c");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        StringBuilder keyRows = new StringBuilder();
        for (int year : sweep.keyYears()) {
            keyRows.append("<tr><th>End-to-end dependency ").append(year).append("</th><td class=\"n\" id=\"e2e-")
                    .append(year).append("\"></td></tr>\n");
        }
        return PAGE.replace("{title}", Memo.escape("reeopt explore: " + sweep.scenario()))
                .replace("{scenario}", Memo.escape(sweep.scenario()))
                .replace("{last}", Integer.toString(sweep.points().size() - 1))
                .replace("{start}", Integer.toString(start.getKey()))
                .replace("{startNote}", Memo.escape("The slider starts at " + Numbers.billions(sweep.points()
                        .get(start.getKey()).budgetBillionUsd()) + " B$: " + start.getValue() + "."))
                .replace("{keyRows}", keyRows)
                .replace("{levels}", String.join(", ", sweep.points().stream().map(p -> Numbers.billions(
                        p.budgetBillionUsd())).toList()))
                .replace("{data}", json);
    }

    /** Levels whose budgets differ by less than this (billion USD) are the same level. */
    private static final double SAME_BUDGET = 1e-9;
    /** Dependencies (shares) that differ by less than this are equally low (solver tolerance). */
    private static final double SAME_SHARE = 1e-6;

    /**
     * The level the slider starts at, and why: the knee where one was found; else the scenario's own budget where it
     * was swept (the level the planner asked about); else the smallest level at which end-to-end dependency in every
     * key year is as low as at any level swept; else (no level has a plan) the middle level.
     */
    static Map.Entry<Integer, String> start(SweepResult sweep) {
        List<SweepResult.Point> points = sweep.points();
        for (int i = 0; i < points.size(); i++) {
            if (points.get(i).knee()) {
                return Map.entry(i, "the knee of the frontier, where returns fall off (the rule that finds it is "
                        + "under sweep.html's frontier chart)");
            }
        }
        Double asked = sweep.scenarioBudgetBillionUsd();
        for (int i = 0; asked != null && i < points.size(); i++) {
            if (Math.abs(points.get(i).budgetBillionUsd() - asked) < SAME_BUDGET) {
                return Map.entry(i, "the scenario's own budget (no knee was found)");
            }
        }
        int best = -1;
        for (int i = 0; i < points.size(); i++) {
            if (points.get(i).spentBillionUsd() == null) {
                continue;
            }
            SweepResult.Point level = points.get(i);
            if (points.stream().allMatch(other -> other.spentBillionUsd() == null || sweep.keyYears().stream()
                    .allMatch(y -> dependency(level, y) <= dependency(other, y) + SAME_SHARE))) {
                best = i;
                break;
            }
        }
        if (best >= 0) {
            return Map.entry(best, "the smallest level at which end-to-end dependency in every key year is as low as "
                    + "at any level swept (no knee was found, and the scenario's own budget was not swept)");
        }
        return Map.entry((points.size() - 1) / 2, "the middle level swept (no knee was found, the scenario's own "
                + "budget was not swept, and no level with a plan is lowest in every key year)");
    }

    private static double dependency(SweepResult.Point p, int year) {
        Double d = p.endToEndDependency().get(Integer.toString(year));
        return d == null ? Double.POSITIVE_INFINITY : d;
    }

    private static Map<String, Object> level(SweepResult sweep, int i, SweepResult.Point p) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("budget", Numbers.billions(p.budgetBillionUsd()) + (p.knee() ? " (knee)" : ""));
        out.put("status", p.status());
        out.put("spent", Numbers.billions(p.spentBillionUsd()));
        Map<String, String> keyYears = new LinkedHashMap<>();
        sweep.keyYears().forEach(y -> keyYears.put(y.toString(), Numbers.percent(p.endToEndDependency().get("" + y))));
        out.put("e2e", keyYears);
        out.put("byYear", p.level() == null ? Map.of() : p.level().endToEndDependencyByYear());
        List<List<String>> plan = new ArrayList<>();
        if (p.level() != null) {
            for (SweepResult.Funded f : p.level().investments()) {
                plan.add(List.of(f.name(), f.nation(), f.stage(), Integer.toString(f.startYear()),
                        Integer.toString(f.onlineYear()), Numbers.tonnes(f.availableTonnesPerYear()),
                        Numbers.billions(f.costBillionUsd())));
            }
        }
        out.put("plan", plan);
        out.put("planNote", p.level() == null ? (p.spentBillionUsd() == null ? "No plan was found at this level ("
                + p.status() + ")." : "The plan of this level is not recorded (a sweep.json written by an earlier "
                + "version).") : plan.isEmpty() ? "No new investment." : "");
        out.put("marginal", marginal(sweep, i, p));
        return out;
    }

    /**
     * The marginal value at a level, in words: what each extra billion does to end-to-end dependency in each key year
     * on the way to the next level (finite differences, formatted as sweep.md's table of what an extra billion buys).
     */
    static String marginal(SweepResult sweep, int i, SweepResult.Point p) {
        if (p.objective() == null) {
            return "No plan at this level, so no marginal value.";
        }
        if (i + 1 >= sweep.points().size()) {
            return "This is the highest level swept: no next level to compare with.";
        }
        List<String> byYear = new ArrayList<>();
        for (int year : sweep.keyYears()) {
            byYear.add(year + " " + SweepReport.perBillion(SweepReport.endToEndPerBillionToNext(sweep, i, year)));
        }
        return "From this level to the next (" + Numbers.billions(sweep.points().get(i + 1).budgetBillionUsd())
                + " B$), each extra billion USD changes end-to-end dependency by: " + String.join("; ", byYear)
                + " (percentage points of that year's demand, and B$ per point; the average over the step).";
    }

    private static final String PAGE = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8"/>
            <title>{title}</title>
            <style>
            body { font-family: Georgia, 'DejaVu Serif', serif; max-width: 60em; margin: 2em auto; padding: 0 1em;
                   color: #111; line-height: 1.45; }
            h1, h2, label { font-family: 'DejaVu Sans', Arial, sans-serif; }
            h1 { font-size: 1.5em; } h2 { font-size: 1.15em; margin-top: 1.4em; border-bottom: 1px solid #999; }
            table { border-collapse: collapse; margin: 0.6em 0; font-size: 0.9em; }
            th, td { border: 1px solid #888; padding: 0.2em 0.5em; text-align: left; } td.n { text-align: right; }
            thead th { background: #eee; }
            #budget { width: 100%; }
            svg { max-width: 100%; height: auto; }
            </style>
            </head>
            <body>
            <h1>What each budget level buys: {scenario}</h1>
            <p>Move the slider over the budget levels of the sweep: the figures, the chart, the plan and the marginal
            value below are those of the level chosen. Shares are of each year's magnet demand.</p>
            <label for="budget">Budget level</label>
            <input type="range" id="budget" min="0" max="{last}" step="1" value="{start}"/>
            <p id="levels">Levels swept (B$): {levels}</p>
            <p id="start-note">{startNote}</p>
            <table id="figures">
            <tr><th>Budget (B$)</th><td class="n" id="level-budget"></td></tr>
            <tr><th>Status</th><td id="level-status"></td></tr>
            <tr><th>Spent (B$)</th><td class="n" id="level-spent"></td></tr>
            {keyRows}</table>
            <h2>End-to-end dependency by year</h2>
            <svg id="chart" viewBox="0 0 640 300" width="640" height="300" role="img"
                 aria-label="End-to-end dependency by year at the budget level chosen (black), other levels grey"></svg>
            <h2>Plan</h2>
            <table id="plan">
            <thead><tr><th>Option</th><th>Nation</th><th>Stage</th><th>Funded</th><th>Online</th>
            <th>Capacity (t/yr)</th><th>Cost (B$)</th></tr></thead>
            <tbody></tbody>
            </table>
            <p id="plan-note"></p>
            <h2>Marginal value</h2>
            <p id="marginal"></p>
            <script type="application/json" id="data">{data}</script>
            <script>
            "use strict";
            const data = JSON.parse(document.getElementById("data").textContent);
            function text(id, value) { document.getElementById(id).textContent = value; }
            // the chart is SVG markup parsed by the browser (no namespace address, so the page names no URL at all)
            function element(name, attributes, content) {
              const list = Object.entries(attributes).map(([k, v]) => k + '="' + v + '"').join(" ");
              return "<" + name + " " + list + ">" + (content === undefined ? "" : content) + "</" + name + ">";
            }
            function chart(chosen) {
              const level = data.levels[chosen];
              const years = Object.keys(level.byYear).length > 0 ? Object.keys(level.byYear).map(Number)
                  : data.keyYears;
              const x0 = 60, x1 = 620, y0 = 260, y1 = 20;
              const first = years[0], last = years[years.length - 1];
              const x = year => last === first ? (x0 + x1) / 2 : x0 + (x1 - x0) * (year - first) / (last - first);
              const y = share => y0 - (y0 - y1) * share;
              const line = (of, attributes) => element("polyline", Object.assign({points: years
                  .filter(year => of.byYear[year] !== undefined).map(year => x(year) + "," + y(of.byYear[year]))
                  .join(" "), fill: "none"}, attributes));
              let markup = "";
              for (const share of [0, 0.25, 0.5, 0.75, 1]) {
                markup += element("line", {x1: x0, x2: x1, y1: y(share), y2: y(share), stroke: "#ccc"});
                markup += element("text", {x: x0 - 6, y: y(share) + 4, "text-anchor": "end", "font-size": 12},
                    Math.round(share * 100) + "%");
              }
              const step = Math.max(1, Math.ceil(years.length / 12));
              years.forEach((year, k) => {
                if (k % step === 0 || k === years.length - 1) {
                  markup += element("text", {x: x(year), y: y0 + 18, "text-anchor": "middle", "font-size": 12}, year);
                }
              });
              data.levels.forEach((other, k) => {
                if (k !== chosen) { markup += line(other, {stroke: "#bbb", "stroke-width": 1}); }
              });
              markup += line(level, {stroke: "#000", "stroke-width": 2.5, id: "chosen-line"});
              years.filter(year => level.byYear[year] !== undefined).forEach(year => {
                markup += element("circle", {cx: x(year), cy: y(level.byYear[year]), r: 3.5, fill: "#000",
                    class: "chosen-point"});
              });
              document.getElementById("chart").innerHTML = markup;
            }
            function show(chosen) {
              const level = data.levels[chosen];
              text("level-budget", level.budget);
              text("level-status", level.status);
              text("level-spent", level.spent);
              for (const [year, share] of Object.entries(level.e2e)) { text("e2e-" + year, share); }
              const body = document.querySelector("#plan tbody");
              while (body.firstChild) { body.removeChild(body.firstChild); }
              for (const row of level.plan) {
                const tr = document.createElement("tr");
                row.forEach((cell, k) => {
                  const td = document.createElement("td");
                  td.textContent = cell;
                  if (k >= 3) { td.className = "n"; }
                  tr.appendChild(td);
                });
                body.appendChild(tr);
              }
              text("plan-note", level.planNote);
              text("marginal", level.marginal);
              chart(chosen);
            }
            const slider = document.getElementById("budget");
            slider.addEventListener("input", () => show(Number(slider.value)));
            show(Number(slider.value));
            </script>
            </body>
            </html>
            """;
}
