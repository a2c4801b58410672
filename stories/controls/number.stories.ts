/** `<label-number>` in the states an annotator meets, each through a real `<label-workspace>`. */
import type { Meta } from '@storybook/web-components-vite';
import { workspaceMeta, type WorkspaceArgs, type WorkspaceStory } from '../support/workspace-story.js';
import { annotated, refuseSubmit } from './control-stories.js';

export default { title: 'Controls/Number', ...workspaceMeta } satisfies Meta<WorkspaceArgs>;

const data = { text: 'Three cats and two dogs sat on the porch.' };
const withNumber = (attrs = '') => `<View>
  <Text name="text" value="$text"/>
  <Header value="How many animals?"/>
  <Number name="count" toName="text" ${attrs}/>
</View>`;

/** An empty box between `min` and `max`. */
export const Empty: WorkspaceStory = { args: { config: withNumber('min="0" max="10"'), task: { data } } };

/** An existing number. */
export const Filled: WorkspaceStory = {
  args: {
    config: withNumber('min="0" max="10"'),
    annotationId: 1,
    task: annotated(data, [
      { id: 'n1', from_name: 'count', to_name: 'text', type: 'number', value: { number: 5 } },
    ]),
  },
};

/** A stored value above `max`: kept and flagged (submit refuses it). */
export const OutOfRange: WorkspaceStory = {
  args: {
    ...Filled.args,
    task: annotated(data, [
      { id: 'n1', from_name: 'count', to_name: 'text', type: 'number', value: { number: 12 } },
    ]),
  },
};

/** `slider="true"` with `step` and a `defaultValue` shown until set. */
export const Slider: WorkspaceStory = {
  args: { config: withNumber('slider="true" min="0" max="20" step="2" defaultValue="4"'), task: { data } },
};

/** A required Number after a refused submit. */
export const RequiredMissing: WorkspaceStory = {
  args: { config: withNumber('required="true"'), task: { data } },
  play: refuseSubmit,
};

/** Read-only. */
export const ReadOnly: WorkspaceStory = { args: { ...Filled.args, readonly: true } };
