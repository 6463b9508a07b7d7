/** The shift screens, one lazily loaded chunk: both need the same helpers, and only points with outreach kits open them. */
export { ShiftPage } from './ShiftPage';
export { ShiftsPage } from './ShiftsPage';
