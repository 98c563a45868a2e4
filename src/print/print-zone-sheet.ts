import { tick } from 'svelte';
import { zoneSheetPart } from '../ui/lazy-parts';

/**
 * Prints the selected zone's sheet: fetches the sheet if it has not arrived yet, lets it render,
 * then opens the browser's print dialog. Resolves false, having printed nothing, when the sheet
 * could not be fetched.
 */
export async function printZoneSheet(): Promise<boolean> {
  if (!(await zoneSheetPart.load())) return false;
  await tick();
  window.print();
  return true;
}

/** Ctrl+P (⌘P on a Mac), the browser's own print shortcut. */
export function isPrintShortcut(event: KeyboardEvent): boolean {
  return (
    (event.ctrlKey || event.metaKey) &&
    !event.altKey &&
    !event.shiftKey &&
    event.key.toLowerCase() === 'p'
  );
}
