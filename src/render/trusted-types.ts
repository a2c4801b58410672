/**
 * The library's one Trusted Types policy, `label-workspace`. A page's CSP lists the policy names it
 * allows (`trusted-types lit-html label-workspace`), and a name can be created only once per page, so
 * every use shares this one. It has two narrow jobs:
 * - `createHTML`: DOMPurify hands its input to its inert parser through it (sanitize-html.ts); what
 *   reaches the page is DOMPurify's output.
 * - `createScriptURL`: only `blob:` URLs this module minted for our own Worker source (the peaks
 *   Worker); every other URL is refused.
 */
export interface LabelTrustedPolicy {
  createHTML(input: string): unknown;
  createScriptURL(input: string): unknown;
}

interface PolicyFactory {
  createPolicy(
    name: string,
    rules: { createHTML(s: string): string; createScriptURL(s: string): string },
  ): LabelTrustedPolicy;
}

const mintedScriptUrls = new Set<string>();
let policy: LabelTrustedPolicy | null | undefined;
let tried = false;

/** The shared policy; `undefined` where the browser has no Trusted Types, `null` where the page's
 *  CSP does not allow our policy name. */
export function labelTrustedPolicy(): LabelTrustedPolicy | null | undefined {
  if (tried) return policy;
  tried = true;
  const factory = (globalThis as { trustedTypes?: PolicyFactory }).trustedTypes;
  if (!factory) return (policy = undefined);
  try {
    policy = factory.createPolicy('label-workspace', {
      createHTML: (html) => html,
      createScriptURL: (url) => {
        if (!mintedScriptUrls.has(url))
          throw new TypeError('label-elements only creates script URLs for its own Worker');
        return url;
      },
    });
  } catch {
    policy = null;
  }
  return policy;
}

/** A Worker URL for script text we wrote ourselves (never task data): a `blob:` URL, wrapped for
 *  Trusted Types when the browser has them. `undefined` when the page's Trusted Types policy list
 *  leaves us no way to create it (the caller then does without a Worker). Revoke with
 *  {@link revokeScriptUrl}. */
export function scriptUrlFor(source: string): { url: string; trusted: string | object } | undefined {
  const p = labelTrustedPolicy();
  if (p === null) return undefined;
  const url = URL.createObjectURL(new Blob([source], { type: 'text/javascript' }));
  if (p === undefined) return { url, trusted: url };
  mintedScriptUrls.add(url);
  return { url, trusted: p.createScriptURL(url) as object };
}

export function revokeScriptUrl(url: string): void {
  mintedScriptUrls.delete(url);
  URL.revokeObjectURL(url);
}
