import { PATHS } from "@wijkbord/shared";
import { lazy, Suspense } from "react";
import { loadBoardView } from "../board/loadBoardView.tsx";
import { HomePage } from "./HomePage.tsx";
import { readSessionToken } from "./sessionIdentity.ts";

// A session link loads its page and, with a token, the canvas at once, side by side: the home page
// carries neither.
const SessionPage = lazy(() => import("./SessionPage.tsx").then((m) => ({ default: m.SessionPage })));

/** The two routes: `/` and `/s/:sessionId` (anything else shows the home page). */
export function App() {
  const match = new RegExp(`^${PATHS.app}/([^/]+)/?$`).exec(location.pathname);
  const sessionId = match?.[1] ? decodeURIComponent(match[1]) : null;
  if (!sessionId) return <HomePage />;
  if (readSessionToken(sessionId)) void loadBoardView();
  return (
    <Suspense fallback={null}>
      <SessionPage key={sessionId} sessionId={sessionId} />
    </Suspense>
  );
}
