import { ValidateBy } from 'class-validator';

const WITH_OFFSET = /(Z|[+-]\d{2}(:?\d{2})?)$/i;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}(:?\d{2})?)?$/i;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

const formatters = new Map<string, Intl.DateTimeFormat>();

/** How far the zone's wall clock is ahead of UTC at an instant, in milliseconds. */
function zoneOffsetMs(instant: Date, timeZone: string): number {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit',
    });
    formatters.set(timeZone, formatter);
  }
  const part = Object.fromEntries(formatter.formatToParts(instant).map((entry) => [entry.type, Number(entry.value)]));
  return Date.UTC(part.year, part.month - 1, part.day, part.hour, part.minute, part.second) - Math.floor(instant.getTime() / 1000) * 1000;
}

/**
 * The instant a client's time means at a point. With an offset (`Z`, `+07:00`) it is exact; without one
 * (`2026-12-01T10:00:00`, what a phone's clock shows) it is read on the point's wall clock (WIB, WITA or WIT); a bare
 * date is the start of that local day (for `from`/`to` filters; movements need a time, see `IsLocalDateTime`).
 */
export function instantAt(text: string, timeZone: string): Date {
  if (DATE_TIME.test(text) && WITH_OFFSET.test(text.slice(10))) return new Date(text);
  const wallClock = Date.parse(`${DATE.test(text) ? `${text}T00:00:00` : text}Z`);
  // Indonesia keeps no daylight saving time, so the offset at the wall-clock instant is the offset that applies.
  return new Date(wallClock - zoneOffsetMs(new Date(wallClock), timeZone));
}

/**
 * When a movement happened: a date and time, with an offset or on the point's local clock. A bare date is refused:
 * it cannot say whether the movement came before or after the day's others (a count before or after a distribution).
 */
export function IsLocalDateTime(): PropertyDecorator {
  return ValidateBy({
    name: 'isLocalDateTime',
    validator: {
      validate: (value: unknown) => typeof value === 'string' && DATE_TIME.test(value) && !Number.isNaN(Date.parse(WITH_OFFSET.test(value.slice(10)) ? value : `${value}Z`)),
      defaultMessage: (args) =>
        typeof args?.value === 'string' && DATE.test(args.value)
          ? `${args.property} needs the time of day too, for example ${args.value}T09:30:00 (the point's local time) or ${args.value}T09:30:00+07:00`
          : `${args?.property} must be a date and time such as 2026-11-23T09:30:00+07:00, or 2026-11-23T09:30:00 in the point's local time`,
    },
  });
}

/** A `from`/`to` filter: a date and time (offset optional) or a bare date (the start of that local day). */
export function IsLocalDateOrTime(): PropertyDecorator {
  return ValidateBy({
    name: 'isLocalDateOrTime',
    validator: {
      validate: (value: unknown) =>
        typeof value === 'string' && (DATE_TIME.test(value) || DATE.test(value)) && !Number.isNaN(instantAt(value, 'Asia/Jakarta').getTime()),
      defaultMessage: (args) => `${args?.property} must be a date (2026-11-01, the start of that day at the point) or a date and time (2026-11-01T08:00:00, offset optional)`,
    },
  });
}
