/** Shapes shared by the availability engine's functions. */

/** A half-open stretch of real time [start, end). */
export interface Interval {
  start: Date;
  end: Date;
}

/** A bookable slot of one type: [start, end), end − start = the type's duration. */
export type Slot = Interval;

/** A template window made concrete for one date: instants, breaks already cut out, closed days already left out. */
export interface ConcreteWindow {
  /** The Oslo date the window belongs to, YYYY-MM-DD. */
  date: string;
  start: Date;
  end: Date;
  typeIds: readonly string[];
}

/** The part of an appointment type the engine needs. */
export interface SlotType {
  id: string;
  durationMinutes: number;
}
