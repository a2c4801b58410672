import type { ReactiveControllerHost } from 'lit';
import { Task, TaskStatus } from '@lit/task';
import type { ConfigNode } from '../../config/types.js';
import { LabelLoadErrorEvent } from '../../events/index.js';
import { decodeText, fetchText, textSource, type TextSource } from './text-source.js';

/** What a text-like object view shows: its content, a wait, or why there is nothing to show. */
export type TextContentState =
  | { readonly status: 'ready'; readonly text: string }
  | { readonly status: 'loading'; readonly url: string }
  | { readonly status: 'error'; readonly message: string };

/**
 * Resolves the content of a `Text`/`HyperText` node for its view: inline values at once, remote
 * documents through `@lit/task` (an older fetch is aborted when the value changes), then
 * `encoding` decoding. A refused or failed load also fires `label-load-error` from the host, once
 * per value.
 */
export class TextContentController {
  #node: ConfigNode | undefined;
  #source: TextSource | undefined;
  readonly #host: ReactiveControllerHost & EventTarget;
  readonly #remote: Task<readonly [string | undefined], string>;

  constructor(host: ReactiveControllerHost & EventTarget) {
    this.#host = host;
    this.#remote = new Task(host, {
      task: async ([url], { signal }) => (url === undefined ? '' : fetchText(url, signal)),
      args: () => [this.#source?.kind === 'remote' ? this.#source.url : undefined] as const,
      onError: (error) => this.#reportLoadError(error instanceof Error ? error.message : String(error)),
    });
  }

  /** Call from the host's `willUpdate` with its current node. */
  setNode(node: ConfigNode | undefined): void {
    if (node === this.#node) return;
    this.#node = node;
    this.#source = node ? textSource(node) : undefined;
    if (this.#source?.kind === 'refused') this.#reportLoadError(this.#source.reason);
  }

  /** Settles once the content is there or has failed: at once for inline text, after the fetch
   *  for a URL. Never rejects. */
  get settled(): Promise<unknown> {
    return this.#source?.kind === 'remote'
      ? this.#remote.taskComplete.catch(() => undefined)
      : Promise.resolve();
  }

  get state(): TextContentState {
    const source = this.#source;
    if (!source) return { status: 'ready', text: '' };
    if (source.kind === 'refused')
      return { status: 'error', message: `Not loaded: ${source.url} (${source.reason})` };
    if (source.kind === 'inline') return this.#decoded(source.text);
    switch (this.#remote.status) {
      case TaskStatus.COMPLETE:
        return this.#decoded(this.#remote.value ?? '');
      case TaskStatus.ERROR:
        return { status: 'error', message: `Could not load ${source.url}: ${describe(this.#remote.error)}` };
      default:
        return { status: 'loading', url: source.url };
    }
  }

  #decoded(text: string): TextContentState {
    try {
      return { status: 'ready', text: decodeText(text, this.#node?.attrs.encoding) };
    } catch (error) {
      return { status: 'error', message: describe(error) };
    }
  }

  #reportLoadError(message: string): void {
    const node = this.#node;
    const source = this.#source;
    if (!node || !source || source.kind === 'inline') return;
    this.#host.dispatchEvent(
      new LabelLoadErrorEvent({ object: String(node.attrs.name ?? ''), url: source.url, message }),
    );
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
