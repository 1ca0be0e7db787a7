/**
 * Units of measure a figure may carry, as [dimension, size in the dimension's base unit], so
 * that "a 1,600-mile border" and "a 2,575-km border" state one length. Only units whose
 * words are not also common words of another meaning ("m" is a million in news, "pound" a
 * currency); singular, plural and British spellings are listed alike.
 */
export const UNITS: Readonly<Record<string, readonly [dimension: string, size: number]>> = {
  mile: ['length', 1609.344], miles: ['length', 1609.344], mi: ['length', 1609.344],
  km: ['length', 1000], kms: ['length', 1000],
  kilometre: ['length', 1000], kilometres: ['length', 1000], kilometer: ['length', 1000], kilometers: ['length', 1000],
  metre: ['length', 1], metres: ['length', 1], meter: ['length', 1], meters: ['length', 1],
  foot: ['length', 0.3048], feet: ['length', 0.3048], ft: ['length', 0.3048],
  yard: ['length', 0.9144], yards: ['length', 0.9144],
  inch: ['length', 0.0254], inches: ['length', 0.0254],
  cm: ['length', 0.01], centimetre: ['length', 0.01], centimetres: ['length', 0.01], centimeter: ['length', 0.01], centimeters: ['length', 0.01],
  kg: ['mass', 1], kgs: ['mass', 1], kilogram: ['mass', 1], kilograms: ['mass', 1], kilo: ['mass', 1], kilos: ['mass', 1],
  lb: ['mass', 0.45359237], lbs: ['mass', 0.45359237],
  tonne: ['mass', 1000], tonnes: ['mass', 1000],
  hectare: ['area', 10_000], hectares: ['area', 10_000], acre: ['area', 4046.8564224], acres: ['area', 4046.8564224],
  litre: ['volume', 1], litres: ['volume', 1], liter: ['volume', 1], liters: ['volume', 1], gallon: ['volume', 3.785411784], gallons: ['volume', 3.785411784],
  mph: ['speed', 0.44704], kph: ['speed', 0.2777777778], 'km/h': ['speed', 0.2777777778],
};

/**
 * How far apart two figures in one dimension may be when one was converted from another unit
 * and rounded: a 1,600-mile border is 2,575 km, and "about 90 miles" is written "150 km".
 */
export const CONVERSION_TOLERANCE = 0.05;
