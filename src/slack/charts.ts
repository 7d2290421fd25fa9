import type { TopLevelSpec } from "vega-lite";

/**
 * Vega, Vega-Lite and resvg weigh tens of megabytes once loaded: they load with the first report,
 * not with the app, so a process that never draws a chart never holds them (README → Benchmarks).
 */
async function chartLibraries() {
  const [vega, vl, { Resvg }] = await Promise.all([
    import("vega"),
    import("vega-lite"),
    import("@resvg/resvg-js"),
  ]);
  return { vega, vl, Resvg };
}

import { PHASES, type SteeringReport } from "../domain/steering/report";
import { type Translator, topicLabel } from "../i18n";

/*
 * The report's charts: a Vega-Lite specification per chart, compiled to Vega, rendered to SVG on the
 * server (no browser, no canvas) and rasterised to PNG with resvg, so Slack can show it in an image
 * block. Only figures the k-anonymity guard let through are drawn (docs/decisions/steering.md).
 */

const FONT = "DejaVu Sans";

const base = {
  $schema: "https://vega.github.io/schema/vega-lite/v5.json",
  background: "white",
  padding: 16,
  config: { font: FONT, axis: { labelFontSize: 12, titleFontSize: 12 }, legend: { labelFontSize: 12 } },
} as const;

/** Median level per topic and phase (1–5) with the quartiles as bars; undefined with nothing to draw. */
export function growthSpec(
  t: Translator,
  r: SteeringReport,
  custom: Record<string, string>,
): TopLevelSpec | undefined {
  const rows = r.growth.flatMap((g) =>
    PHASES.flatMap((phase, order) => {
      const s = g.byPhase[phase];
      return s.shown
        ? [
            {
              topic: topicLabel(t, g.topic, custom),
              phase: t.plain(`steering.phase.${phase}`),
              order,
              median: s.value.median,
              q1: s.value.q1,
              q3: s.value.q3,
            },
          ]
        : [];
    }),
  );
  if (rows.length === 0) return undefined;
  const phases = PHASES.map((p) => t.plain(`steering.phase.${p}`));
  // Topics down the side, where a long name has room (a label under a bar was cut: "Collaboration t…").
  const y = {
    field: "topic",
    type: "nominal" as const,
    title: null,
    sort: null,
    axis: { labelLimit: 0, labelFontSize: 12 },
  };
  const yOffset = { field: "phase", type: "nominal" as const, scale: { domain: phases } };
  const color = { field: "phase", type: "nominal" as const, scale: { domain: phases }, title: null };
  const x = {
    type: "quantitative" as const,
    scale: { domain: [0, 5] },
    title: t.plain("steering.report.chart.level"),
    axis: { tickMinStep: 1 },
  };
  return {
    ...base,
    title: t.plain("steering.report.chart.growth_n", { n: r.growthPeople }),
    width: 360,
    height: Math.max(120, 3 * 16 * r.growth.length),
    data: { values: rows },
    layer: [
      { mark: { type: "bar" }, encoding: { y, yOffset, color, x: { ...x, field: "median" } } },
      {
        mark: { type: "rule", color: "#333", strokeWidth: 1.5 },
        encoding: { y, yOffset, x: { ...x, field: "q1" }, x2: { field: "q3" } },
      },
    ],
  } as TopLevelSpec;
}

/** People per step: in tandems, answered a check-in, in tandems that met, answered each wave. */
export function funnelSpec(t: Translator, r: SteeringReport): TopLevelSpec | undefined {
  const rows = r.funnel.flatMap((s, order) =>
    s.count.shown ? [{ stage: t.plain(`steering.stage.${s.stage}`), order, count: s.count.value }] : [],
  );
  if (rows.length === 0) return undefined;
  const y = {
    field: "stage",
    type: "nominal" as const,
    sort: rows.map((row) => row.stage),
    title: null,
    axis: { labelLimit: 0 },
  };
  return {
    ...base,
    title: t.plain("steering.report.chart.funnel_n", { n: r.people }),
    width: 420,
    height: 30 * rows.length,
    data: { values: rows },
    layer: [
      {
        mark: { type: "bar", color: "#4a7bd0" },
        encoding: {
          y,
          x: {
            field: "count",
            type: "quantitative",
            title: t.plain("steering.report.chart.people"),
            axis: { format: "d", tickMinStep: 1 },
          },
        },
      },
      {
        mark: { type: "text", align: "left", dx: 4 },
        encoding: { y, x: { field: "count", type: "quantitative" }, text: { field: "count" } },
      },
    ],
  } as TopLevelSpec;
}

/** Vega-Lite → Vega → SVG (headless) → PNG. */
export async function renderPng(spec: TopLevelSpec): Promise<Buffer> {
  const { vega, vl, Resvg } = await chartLibraries();
  const compiled = vl.compile(spec).spec;
  const view = new vega.View(vega.parse(compiled), { renderer: "none" });
  try {
    const svg = await view.toSVG();
    const png = new Resvg(svg, {
      font: { loadSystemFonts: true, defaultFontFamily: FONT },
      fitTo: { mode: "zoom", value: 2 },
    })
      .render()
      .asPng();
    return Buffer.from(png);
  } finally {
    view.finalize();
  }
}
