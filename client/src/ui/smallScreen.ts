/** A phone: the top bar is one compact row, the presence list starts closed. */
export const SMALL_SCREEN = "(max-width: 640px)";
