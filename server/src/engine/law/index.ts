// The law modules' public surface: working-day calendar, bank-holiday data and the catalogue of
// refusal grounds. Pure functions and data; no rules here.
export {
  addWorkingDays,
  calendarYears,
  deadline,
  isWorkingDay,
  regimeDivisions,
  workingDaysBetween,
  type AddWorkingDaysResult,
  type CalendarOptions,
  type CalendarProblem,
  type DeadlineOptions,
  type DeadlineResult,
  type WorkingDayCount,
  type WorkingDayResult,
} from './calendar';
export { bankHolidayData } from './bank-holidays';
export { DIVISIONS, type BankHolidayData, type BankHolidayEvent, type Division } from './holiday-rules';
export * from './catalogue';
