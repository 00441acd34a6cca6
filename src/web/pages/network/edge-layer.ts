/**
 * The edges of a large network, drawn on a canvas of their own under cytoscape's. Cytoscape
 * spends about a millisecond of main-thread time per edge element before anything is drawn;
 * here an edge is four numbers and a style, all edges of a style are one path, and a frame of
 * 10,000 edges takes a few milliseconds. The layer follows cytoscape's pan and zoom, and finds
 * the edge under a tap (./edge-geometry.ts).
 */
import type { Core } from "cytoscape";
import type { Point } from "../../../services/force-layout";
import type { GraphEdge } from "../../app/types";
import { nearestSegment, type Segment } from "./edge-geometry";
import { FAMILY_COLOURS } from "./graph-style";

export interface EdgeLayer {
  /** Draw only the edges whose ids are not in `hidden`. */
  setHidden(hidden: ReadonlySet<string>): void;
  select(id: string | null): void;
  /** The visible edge within a few pixels of a point in graph coordinates, or null. */
  hit(point: Point): string | null;
  destroy(): void;
}

// Negated relations dashed, hedged ones dotted, as in the cytoscape stylesheet.
const DASHES: Readonly<Record<string, number[]>> = { plain: [], negated: [6, 4], hedged: [2, 3] };

interface Styled extends Segment {
  style: string;
}

export function edgeLayer(
  container: HTMLElement,
  cy: Core,
  edges: readonly GraphEdge[],
  at: Map<number, Point>,
): EdgeLayer {
  const canvas = document.createElement("canvas");
  canvas.className = "edge-layer";
  container.insertBefore(canvas, container.firstChild);
  const context = canvas.getContext("2d") as CanvasRenderingContext2D;
  const segments: Styled[] = edges.map((e) => {
    const [a, b] = [at.get(e.source) ?? { x: 0, y: 0 }, at.get(e.target) ?? { x: 0, y: 0 }];
    const dash = e.polarity === "negated" ? "negated" : e.modality === "hedged" ? "hedged" : "plain";
    return { id: e.id, x1: a.x, y1: a.y, x2: b.x, y2: b.y, style: `${e.family} ${dash}` };
  });
  const styles = [...new Set(segments.map((s) => s.style))];
  let hidden: ReadonlySet<string> = new Set();
  let selected: string | null = null;
  let frame = 0;

  const draw = () => {
    frame = 0;
    const [w, h] = [container.clientWidth, container.clientHeight];
    if (canvas.width !== w || canvas.height !== h) [canvas.width, canvas.height] = [w, h];
    const zoom = cy.zoom();
    const pan = cy.pan();
    context.setTransform(1, 0, 0, 1, 0, 0);
    context.clearRect(0, 0, w, h);
    context.setTransform(zoom, 0, 0, zoom, pan.x, pan.y);
    // At least 0.8 screen pixels wide, or a zoomed-out graph fades to nothing.
    const width = Math.max(1.6, 0.8 / zoom);
    for (const style of styles) {
      const [family, dash] = style.split(" ");
      context.beginPath();
      for (const s of segments) {
        if (s.style !== style || hidden.has(s.id)) continue;
        context.moveTo(s.x1, s.y1);
        context.lineTo(s.x2, s.y2);
      }
      stroke(family, dash, width);
    }
    const chosen = selected === null ? undefined : segments.find((s) => s.id === selected);
    if (chosen && !hidden.has(chosen.id)) {
      context.beginPath();
      context.moveTo(chosen.x1, chosen.y1);
      context.lineTo(chosen.x2, chosen.y2);
      stroke(chosen.style.split(" ")[0], "plain", Math.max(4, 3 / zoom));
    }
  };
  const stroke = (family: string, dash: string, width: number) => {
    context.strokeStyle = FAMILY_COLOURS[family] ?? "#7a7a7a";
    context.globalAlpha = dash === "hedged" ? 0.6 : 0.75;
    context.lineWidth = width;
    context.setLineDash(DASHES[dash].map((d) => d * width));
    context.stroke();
  };
  const redraw = () => {
    frame ||= requestAnimationFrame(draw);
  };
  cy.on("viewport resize", redraw);
  redraw();

  return {
    setHidden(next) {
      hidden = next;
      redraw();
    },
    select(id) {
      selected = id;
      redraw();
    },
    hit: (p) => nearestSegment(p.x, p.y, segments, 6 / cy.zoom(), (id) => hidden.has(id)),
    destroy() {
      cancelAnimationFrame(frame);
      canvas.remove();
    },
  };
}
