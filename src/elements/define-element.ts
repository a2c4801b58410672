/** Registers a custom element once: loading the library twice (npm build and bundle on one page,
 *  or two bundles) must not throw. */
export function defineElement(name: string, constructor: CustomElementConstructor): void {
  if (!customElements.get(name)) customElements.define(name, constructor);
}
