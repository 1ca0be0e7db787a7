/**
 * Figures: quantities and their units, ranges and bounds ("10 to 20", "more than 40"), calendar
 * dates and dates relative to the day a wording was published; read once per token, kept on
 * the terms, compared when two terms meet. The bottom stage: imports nothing else of compare/.
 */
export { readDate } from './calendar-date';
export type { CalendarDate } from './calendar-date';
export { compareFigures, figureKey, readFigure } from './figure-range';
export { lookup } from './lookup';
export type { Quantity } from './quantity';
export { readRelativeDate } from './relative-date';
