import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import "./theme/nlDesignSystem.css";
import "./theme/wijkbordTheme.css";
import "./app/wijkbord.css";
import { App } from "./app/App.tsx";
import { LocaleProvider } from "./app/LocaleProvider.tsx";

const root = document.getElementById("root");
if (!root) throw new Error("#root missing from index.html");
createRoot(root).render(
  <StrictMode>
    <LocaleProvider>
      <App />
    </LocaleProvider>
  </StrictMode>,
);
