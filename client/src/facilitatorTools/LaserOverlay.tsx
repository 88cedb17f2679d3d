import { useEffect, useRef, useState } from "react";
import { type Editor, useValue } from "tldraw";
import { useFacilitation } from "../facilitation/FacilitationContext.tsx";

/** How long a point of the trail stays visible. */
const TRAIL_MS = 700;
const LASER_RED = "#ff1f3d";

interface TrailPoint {
  x: number;
  y: number;
  t: number;
}

/**
 * The laser pointer: everyone whose laser is on (from presence, only as far as cursors are shown)
 * and one's own pointer while one's own laser is on, drawn as a bright red dot with a fading trail
 * over the canvas. Nothing is written to the board; aria-hidden, it is a gesture.
 */
export function LaserOverlay({ editor }: { editor: Editor }) {
  const { presence } = useFacilitation();
  const lasers = useValue("lasers", () => presence.lasers.get(), [presence]);
  const ownOn = useValue("ownLaser", () => presence.laser.get(), [presence]);
  const own = useValue("ownPointer", () => (ownOn ? editor.inputs.getCurrentPagePoint() : null), [
    editor,
    ownOn,
  ]);
  const trails = useRef(new Map<string, TrailPoint[]>());
  const [, setFrame] = useState(0);

  const heads = [
    ...lasers.map((l) => ({ key: `peer-${l.key}`, x: l.x, y: l.y })),
    ...(own ? [{ key: "self", x: own.x, y: own.y }] : []),
  ];
  const now = performance.now();
  for (const h of heads) {
    const trail = trails.current.get(h.key) ?? [];
    const last = trail[trail.length - 1];
    if (!last || last.x !== h.x || last.y !== h.y) trail.push({ x: h.x, y: h.y, t: now });
    trails.current.set(h.key, trail);
  }
  const live = new Set(heads.map((h) => h.key));
  for (const [key, trail] of trails.current) {
    while (trail.length > 1 && now - (trail[0]?.t ?? now) > TRAIL_MS) trail.shift();
    if (!live.has(key)) trails.current.delete(key);
  }

  // Keep repainting while a trail fades.
  const fading = [...trails.current.values()].some((t) => t.length > 1);
  useEffect(() => {
    if (!fading) return;
    const id = requestAnimationFrame(() => setFrame((f) => f + 1));
    return () => cancelAnimationFrame(id);
  });

  const camera = useValue("laserCamera", () => editor.getCamera(), [editor]);
  if (trails.current.size === 0) return null;
  void camera;
  return (
    <svg className="wb-laser-overlay" aria-hidden="true" data-testid="laser-overlay">
      {[...trails.current].map(([key, trail]) => {
        const points = trail.map((p) => ({ ...editor.pageToViewport(p), age: (now - p.t) / TRAIL_MS }));
        const head = points[points.length - 1];
        if (!head) return null;
        return (
          <g key={key} data-testid="laser-dot" data-laser={key === "self" ? "self" : "peer"}>
            {points.slice(0, -1).map((p, i) => (
              <circle
                // biome-ignore lint/suspicious/noArrayIndexKey: trail points have no identity.
                key={i}
                cx={p.x}
                cy={p.y}
                r={Math.max(1.5, 6 * (1 - p.age))}
                fill={LASER_RED}
                opacity={Math.max(0, 0.6 * (1 - p.age))}
              />
            ))}
            <circle cx={head.x} cy={head.y} r={12} fill={LASER_RED} opacity={0.25} />
            <circle cx={head.x} cy={head.y} r={6} fill={LASER_RED} stroke="#fff" strokeWidth={2} />
          </g>
        );
      })}
    </svg>
  );
}
