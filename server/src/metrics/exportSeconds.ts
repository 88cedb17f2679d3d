import { Histogram } from "prom-client";

/** How long building an export takes, by format (`pdf-images`: the PDF with the browser's images). */
export const exportSecondsHistogram = () =>
  new Histogram({
    name: "wijkbord_export_seconds",
    help: "Time to build an export that was sent, by format",
    labelNames: ["format"],
    buckets: [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
    registers: [],
  });
