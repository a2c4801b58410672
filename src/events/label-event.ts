/**
 * Base of every public event: `label-` prefixed, bubbling and composed so a host listening on
 * `document` hears events from workspaces nested in other shadow roots, with a typed `detail`.
 */
export class LabelEvent<Detail> extends CustomEvent<Detail> {
  constructor(type: string, detail: Detail, init: { cancelable?: boolean } = {}) {
    super(type, { detail, bubbles: true, composed: true, cancelable: init.cancelable ?? false });
  }
}
