import type { Locale } from "../app/messages.ts";

/* Texts of the timer's end (the banner, the sound switch), Dutch first; same parity test as the others. */
const nl = {
  timeUp: "De tijd is om",
  timeUpHint: "De timer verdwijnt zo vanzelf uit de balk.",
  close: "Sluiten",
  soundOn: "Geluid aan: een zachte toon als de tijd om is. Klik om het uit te zetten.",
  soundOff: "Geluid uit. Klik om een zachte toon te horen als de tijd om is.",
  sound: "Geluid als de tijd om is",
};

export type TimerMessages = Record<keyof typeof nl, string>;

const en: TimerMessages = {
  timeUp: "Time is up",
  timeUpHint: "The timer leaves the bar by itself shortly.",
  close: "Close",
  soundOn: "Sound on: a soft tone when time is up. Click to turn it off.",
  soundOff: "Sound off. Click to hear a soft tone when time is up.",
  sound: "Sound when time is up",
};

export const TIMER_MESSAGES: Record<Locale, TimerMessages> = { nl, en };
