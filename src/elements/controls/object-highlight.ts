/**
 * Styles another element of the workspace's shadow tree (an object view that a control points at)
 * without owning it: remembers which inline properties and classes it set, so it can take exactly
 * those back. Used by `<label-pairwise>` to mark the chosen object, as Label Studio does.
 */
export class ObjectHighlight {
  readonly #applied = new Map<HTMLElement, { properties: string[]; classes: string[] }>();

  /** Makes `element` carry exactly these inline properties and classes from us (and drops what we
   *  set before and no longer want). Other styles and classes of the element are left alone. */
  set(element: HTMLElement, properties: Readonly<Record<string, string>>, classes: readonly string[]): void {
    this.clear(element);
    for (const [property, value] of Object.entries(properties)) element.style.setProperty(property, value);
    const added = classes.filter((name) => name !== '' && !element.classList.contains(name));
    element.classList.add(...added);
    this.#applied.set(element, { properties: Object.keys(properties), classes: added });
  }

  clear(element: HTMLElement): void {
    const applied = this.#applied.get(element);
    if (!applied) return;
    for (const property of applied.properties) element.style.removeProperty(property);
    element.classList.remove(...applied.classes);
    this.#applied.delete(element);
  }

  clearAll(): void {
    for (const element of [...this.#applied.keys()]) this.clear(element);
  }
}
