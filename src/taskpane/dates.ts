/** "Today" for validation: the user's local calendar date, not UTC (a coordinator at 00:30 is on today's date). */
export function localIsoDate(now: Date): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
