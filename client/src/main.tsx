import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import "tldraw/tldraw.css";
import "./wijkbord.css";
import { App } from "./App.tsx";
import { LocaleProvider } from "./LocaleProvider.tsx";

const root = document.getElementById("root");
if (!root) throw new Error("#root missing from index.html");
createRoot(root).render(
  <StrictMode>
    <LocaleProvider>
      <App />
    </LocaleProvider>
  </StrictMode>,
);
