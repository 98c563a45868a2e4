/**
 * A modal `<dialog>` that hands focus back to what opened it. `sync` opens or closes it to match
 * the state that owns it; `close` closes it at once, because the dialog's own `close` event comes
 * a task later and a button pressed in between would find it still open.
 *
 * @example
 * const modal = new ModalDialog();
 * $effect(() => modal.sync(open));
 * // <dialog bind:this={modal.element} oncancel={dismiss} onclose={() => modal.closed(open, dismiss)}>
 */
export class ModalDialog {
  element: HTMLDialogElement | undefined = undefined;
  #opener: HTMLElement | null = null;

  sync(open: boolean): void {
    const dialog = this.element;
    if (!dialog) return;
    if (open && !dialog.open) {
      this.#opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      dialog.showModal();
    } else if (!open) {
      this.close();
    }
  }

  /**
   * The dialog's own `close` event: when its owner still holds it open, it was closed some other
   * way (the browser, a form), so the owner is told to let go.
   */
  closed(ownerOpen: boolean, dismiss: () => void): void {
    if (ownerOpen && !this.element?.open) dismiss();
  }

  close(): void {
    if (!this.element?.open) return;
    this.element.close();
    this.#opener?.focus();
    this.#opener = null;
  }
}
