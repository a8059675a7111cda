// Words for values: dates as people write them, enum values as labels.

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** 2019-03-14 -> 14 Mar 2019 (dates are calendar dates: no time zone to shift them). */
export function formatDate(date: string | null | undefined): string {
  if (!date) return 'undated';
  const [year, month, day] = date.split('-');
  const name = MONTHS[Number(month) - 1];
  return name && day ? `${Number(day)} ${name} ${year}` : date;
}

/** WIRE_REPORT -> wire report */
export function label(value: string): string {
  return value.toLowerCase().replaceAll('_', ' ');
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** A source named for people: its title, else its kind and outlet. */
export function sourceName(source: {
  title?: string | null;
  kind: string;
  outlet?: { name: string } | null;
}): string {
  if (source.title) return source.title;
  return source.outlet ? `${label(source.kind)} by ${source.outlet.name}` : label(source.kind);
}
