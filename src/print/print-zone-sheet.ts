import { tick } from 'svelte';
import { zoneSheetPart } from '../ui/lazy-parts';

let prepare: () => void = () => {};

/**
 * Registers what brings the sheet up to date before printing; the sheet does, while it is in
 * the page. Returns the function that unregisters it.
 */
export function setPrintPreparation(preparation: () => void): () => void {
  prepare = preparation;
  return () => {
    if (prepare === preparation) prepare = () => {};
  };
}

/**
 * Prints the selected zone's sheet: fetches the sheet's code if it has not arrived yet, lets
 * the sheet come into the page and brings it up to date while the page can still build markup
 * (`window.print()` pauses it), then opens the browser's print dialog. Resolves false, having
 * printed nothing, when the code could not be fetched.
 */
export async function printZoneSheet(): Promise<boolean> {
  if (!(await zoneSheetPart.load())) return false;
  await tick();
  prepare();
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
