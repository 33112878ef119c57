/** Dates, times, numbers and lists as the person reads them: the one formatting module (content/format.ts), for every view. */
export {
  formatDate,
  formatDateTime,
  formatDay,
  formatList,
  formatMoment,
  formatNumber,
  formatTime,
  formatWeekday,
  formatWeekdayTime,
} from '../../../content/format';
