import { PATHS } from "@wijkbord/shared";
import { HomePage } from "./HomePage.tsx";
import { SessionPage } from "./SessionPage.tsx";

/** The two routes: `/` and `/s/:sessionId` (anything else shows the home page). */
export function App() {
  const match = new RegExp(`^${PATHS.app}/([^/]+)/?$`).exec(location.pathname);
  const sessionId = match?.[1] ? decodeURIComponent(match[1]) : null;
  return sessionId ? <SessionPage key={sessionId} sessionId={sessionId} /> : <HomePage />;
}
