import { type ComponentType, lazy, Suspense } from "react";

/**
 * A component whose code is fetched when it first renders, showing nothing until then: for the
 * parts of a page that are not needed for its first paint, so they stay out of the entry chunk.
 */
export function lazySection<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  const Lazy = lazy(() => load().then((component) => ({ default: component })));
  // biome-ignore lint/correctness/noComponentHookFactories: called once per section at module level, as React.lazy is.
  return function LazySection(props: P) {
    return (
      <Suspense fallback={null}>
        <Lazy {...props} />
      </Suspense>
    );
  };
}
