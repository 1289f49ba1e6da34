/**
 * The English names apps write dates with in their headings and spoken labels (Telegram Web A's
 * date headings, Google Messages' labels), in JavaScript's order: January is 0, Sunday is 0.
 */
export const MONTHS: readonly string[] = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

export const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
