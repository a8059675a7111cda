// Client-chosen text (operation names) cut before it becomes a metric label or a log field.

/** `value` cut to at most maxLength characters, ending in "…" when it was cut (never splitting a surrogate pair) */
export function truncate(value: string, maxLength: number): string {
  if (value.length <= maxLength) return value;
  let end = Math.max(0, maxLength - 1);
  const last = value.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1;
  return `${value.slice(0, end)}…`;
}
