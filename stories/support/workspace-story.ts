/**
 * Shared pieces for `<label-workspace>` stories: the args a story sets, a render function that
 * binds them as properties, and every public event wired to Storybook's Actions panel.
 *
 * A new story is one object: `export const MyState: WorkspaceStory = { args: { config, task } };`
 */
import { html, type TemplateResult } from 'lit';
import { action } from 'storybook/actions';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import type { LSTask } from '../../src/format/types.js';
import '../../src/define.js';

export interface WorkspaceArgs {
  /** Label Studio XML labeling config. */
  config: string;
  /** Label Studio task object. */
  task?: LSTask;
  annotationId?: string | number;
  readonly?: boolean;
  user?: unknown;
}

/** The public events (src/events/index.ts), each logged in the Actions panel under its own name. */
export const WORKSPACE_EVENTS = [
  'label-ready',
  'label-config-error',
  'label-load-error',
  'label-annotation-change',
  'label-region-input',
  'label-region-change',
  'label-selection-change',
  'label-history-change',
  'label-submit',
  'label-validation-error',
] as const;

const logEvent = Object.fromEntries(WORKSPACE_EVENTS.map((name) => [name, action(name)])) as Record<
  (typeof WORKSPACE_EVENTS)[number],
  (event: Event) => void
>;

export function renderWorkspace(args: WorkspaceArgs): TemplateResult {
  return html`<label-workspace
    .config=${args.config}
    .task=${args.task}
    .annotationId=${args.annotationId}
    .readonly=${args.readonly ?? false}
    .user=${args.user}
    @label-ready=${logEvent['label-ready']}
    @label-config-error=${logEvent['label-config-error']}
    @label-load-error=${logEvent['label-load-error']}
    @label-annotation-change=${logEvent['label-annotation-change']}
    @label-region-input=${logEvent['label-region-input']}
    @label-region-change=${logEvent['label-region-change']}
    @label-selection-change=${logEvent['label-selection-change']}
    @label-history-change=${logEvent['label-history-change']}
    @label-submit=${logEvent['label-submit']}
    @label-validation-error=${logEvent['label-validation-error']}
  ></label-workspace>`;
}

/** The shared part of a workspace story file's default export; Storybook's indexer needs the
 *  `title` written literally in the file: `export default { title: '...', ...workspaceMeta }`. */
export const workspaceMeta = {
  component: 'label-workspace',
  render: renderWorkspace,
  args: { config: '', readonly: false },
  argTypes: {
    config: { control: 'text' },
    task: { control: 'object' },
    readonly: { control: 'boolean' },
  },
} satisfies Meta<WorkspaceArgs>;

export type WorkspaceStory = StoryObj<WorkspaceArgs>;
